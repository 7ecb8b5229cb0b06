package de.bruecke.assessment.results;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.RoundId;
import de.bruecke.organisation.OrganisationId;
import de.bruecke.region.Area;
import de.bruecke.region.Network;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Anonymous figures of the needs assessments in a network's area, computed by the database in one query: for the
 * latest closed round of each MO in the area, per dimension the mean need score, the mean level, how many MOs are at
 * each level and how many gave the dimension a high priority. A dimension's figures are withheld when fewer than
 * {@link #MIN_ORGANISATIONS} MOs stand behind them. Never individual answers, never names (except of MOs that shared,
 * see {@link #shared}).
 */
@Repository
class AreaAggregates {

    static final int MIN_ORGANISATIONS = 3;

    /**
     * The aggregate query for an area ({@link Area#sql}, on {@code o.land_key} and {@code o.kreis_key}, whose
     * parameters go with it). Returns one row per dimension (or a single row with a null dimension when no MO in the
     * area closed a round).
     */
    static String query(Area.Sql area) {
        return """
            with area as (
                select o.id from organisation_place o
                where o.kind = 'MO' and %s
            ), closed as (
                select r.id, r.organisation_id, r.closed_at from assessment_round r join area a on a.id = r.organisation_id
                where r.status = 'CLOSED'
            ), latest as (
                select distinct on (organisation_id) id from closed order by organisation_id, closed_at desc, id
            ), totals as (
                select (select count(*) from area) as in_area, count(distinct organisation_id) as organisations,
                       count(*) as rounds
                from closed
            )
            select s.dimension, t.in_area, t.organisations, t.rounds,
                   count(s.round_id) as assessed, count(s.mean_level) as scored,
                   round(avg(s.need_score), 2) as mean_need, round(avg(s.mean_level), 2) as mean_level,
                   count(*) filter (where s.mean_level < 2) as level1,
                   count(*) filter (where s.mean_level >= 2 and s.mean_level < 3) as level2,
                   count(*) filter (where s.mean_level >= 3 and s.mean_level < 4) as level3,
                   count(*) filter (where s.mean_level = 4) as level4,
                   count(*) filter (where s.priority = 'HIGH') as high_priority
            from totals t
            left join latest l on true
            left join assessment_dimension_score s on s.round_id = l.id
            group by s.dimension, t.in_area, t.organisations, t.rounds""".formatted(area.condition());
    }

    /**
     * The area's totals and one figure per dimension (in dimension order).
     *
     * @param organisationsInArea MOs whose address lies in the area
     * @param organisations MOs in the area with at least one closed round
     * @param rounds closed rounds of those MOs (all, not only the latest)
     */
    record Figures(long organisationsInArea, long organisations, long rounds, List<DimensionFigure> dimensions) {
    }

    /**
     * One dimension over the latest rounds. When {@link #isWithheld()}, only the counts of MOs are known to the
     * caller; the other figures are empty.
     *
     * @param scored MOs whose latest round gave this dimension a level (the base of all other figures)
     * @param levels how many of them are at level 1, 2, 3 and 4 (their mean level rounded down)
     */
    record DimensionFigure(DimensionCode dimension, long assessed, long scored, Optional<BigDecimal> meanNeed,
            Optional<BigDecimal> meanLevel, List<Long> levels, Optional<Long> highPriority) {

        boolean isWithheld() {
            return scored < MIN_ORGANISATIONS;
        }
    }

    /** The latest round an MO of the area shared with the network. */
    record SharedRound(OrganisationId organisation, String name, RoundId round, Instant closedAt) {
    }

    private final JdbcClient jdbc;

    AreaAggregates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Figures of(Network network) {
        Map<DimensionCode, DimensionFigure> figures = new EnumMap<>(DimensionCode.class);
        long[] totals = new long[3];
        Area.Sql area = network.area().sql("o.land_key", "o.kreis_key");
        jdbc.sql(query(area)).params(area.params())
                .query(rs -> {
                    totals[0] = rs.getLong("in_area");
                    totals[1] = rs.getLong("organisations");
                    totals[2] = rs.getLong("rounds");
                    String dimension = rs.getString("dimension");
                    if (dimension != null) {
                        DimensionCode code = DimensionCode.valueOf(dimension);
                        figures.put(code, figure(code, rs));
                    }
                });
        List<DimensionFigure> dimensions = new ArrayList<>();
        for (DimensionCode code : DimensionCode.values()) {
            dimensions.add(figures.getOrDefault(code, new DimensionFigure(code, 0, 0, Optional.empty(),
                    Optional.empty(), List.of(), Optional.empty())));
        }
        return new Figures(totals[0], totals[1], totals[2], dimensions);
    }

    /** For each MO of the area that shared a closed round: the latest such round, by the MO's name. */
    List<SharedRound> shared(Network network) {
        Area.Sql area = network.area().sql("o.land_key", "o.kreis_key");
        return jdbc.sql("""
                select * from (
                    select distinct on (r.organisation_id) o.id as organisation, o.name, r.id as round, r.closed_at
                    from assessment_round r join organisation_place o on o.id = r.organisation_id
                    where o.kind = 'MO' and %s
                      and r.status = 'CLOSED' and r.shared_with_network_at is not null
                    order by r.organisation_id, r.closed_at desc
                ) latest order by lower(name), organisation""".formatted(area.condition()))
                .params(area.params())
                .query((rs, n) -> new SharedRound(new OrganisationId(rs.getObject(1, UUID.class)), rs.getString(2),
                        new RoundId(rs.getObject(3, UUID.class)), rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static DimensionFigure figure(DimensionCode code, ResultSet rs) throws SQLException {
        long assessed = rs.getLong("assessed");
        long scored = rs.getLong("scored");
        if (scored < MIN_ORGANISATIONS) {
            return new DimensionFigure(code, assessed, scored, Optional.empty(), Optional.empty(), List.of(),
                    Optional.empty());
        }
        return new DimensionFigure(code, assessed, scored, Optional.ofNullable(rs.getBigDecimal("mean_need")),
                Optional.ofNullable(rs.getBigDecimal("mean_level")),
                List.of(rs.getLong("level1"), rs.getLong("level2"), rs.getLong("level3"), rs.getLong("level4")),
                Optional.of(rs.getLong("high_priority")));
    }
}
