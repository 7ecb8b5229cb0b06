package de.bruecke.region;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled gazetteer (Länder, Kreise, Gemeinden, postcodes) once, as Flyway migration 2. Every row is
 * validated; a row that cannot be read stops the start with the file name and row number.
 */
@Component
class RegionReferenceDataMigration implements JavaMigration {

    private static final int BATCH_SIZE = 2000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "load region reference data";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, String> landKeyByName = loadLaender(connection);
        loadKreise(connection);
        loadGemeinden(connection);
        loadPostcodes(connection, landKeyByName);
    }

    private Map<String, String> loadLaender(Connection connection) throws IOException, SQLException {
        Map<String, String> keyByName = new HashMap<>();
        load(connection, "laender.csv", "insert into region_land (land_key, iso_code, name) values (?, ?, ?)",
                (row, insert) -> {
                    String key = digits(row, "land_schluessel", 2);
                    insert.setString(1, key);
                    insert.setString(2, required(row, "iso3166_2"));
                    insert.setString(3, required(row, "name"));
                    keyByName.put(row.get("name").trim(), key);
                });
        return keyByName;
    }

    private void loadKreise(Connection connection) throws IOException, SQLException {
        load(connection, "kreise.csv", """
                insert into region_kreis (kreis_key, name, kind, land_key, population, area_km2)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""", (row, insert) -> {
            insert.setString(1, digits(row, "kreis_schluessel", 5));
            insert.setString(2, required(row, "name"));
            insert.setString(3, required(row, "typ"));
            insert.setString(4, digits(row, "land_schluessel", 2));
            setInteger(insert, 5, row, "einwohner_2019_summe_gemeinden");
            setDecimal(insert, 6, row, "flaeche_km2_summe");
        });
    }

    private void loadGemeinden(Connection connection) throws IOException, SQLException {
        load(connection, "gemeinden.csv", """
                insert into region_gemeinde (ags, name, kind, kreis_key, land_key, postcode, latitude, longitude,
                                             population, area_km2)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", (row, insert) -> {
            insert.setString(1, digits(row, "ags", 8));
            insert.setString(2, required(row, "name"));
            insert.setString(3, required(row, "typ"));
            insert.setString(4, digits(row, "kreis_schluessel", 5));
            insert.setString(5, digits(row, "land_schluessel", 2));
            String postcode = row.get("plz_verwaltungssitz").trim();
            insert.setString(6, Gazetteer.isWellFormedPostcode(postcode) ? postcode : null);
            setCoordinate(insert, 7, row, "lat", 90);
            setCoordinate(insert, 8, row, "lon", 180);
            setInteger(insert, 9, row, "einwohner_2019");
            setDecimal(insert, 10, row, "flaeche_km2");
        });
    }

    private void loadPostcodes(Connection connection, Map<String, String> landKeyByName)
            throws IOException, SQLException {
        load(connection, "plz.csv", """
                insert into region_postcode (postcode, place, ags, kreis_key, land_key, latitude, longitude, population)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", (row, insert) -> {
            String ags = digits(row, "ags", 8);
            String land = row.get("bundesland").trim();
            String landKey = landKeyByName.get(land);
            if (landKey == null) {
                throw new IllegalArgumentException("unknown Land '" + land + "'");
            }
            insert.setString(1, digits(row, "plz", 5));
            insert.setString(2, required(row, "ort"));
            insert.setString(3, ags);
            insert.setString(4, ags.substring(0, 5));
            insert.setString(5, landKey);
            insert.setDouble(6, coordinate(row, "lat", 90));
            insert.setDouble(7, coordinate(row, "lon", 180));
            setInteger(insert, 8, row, "plz_einwohner");
        });
    }

    private interface RowBinder {
        void bind(CSVRecord row, PreparedStatement insert) throws SQLException;
    }

    private static void load(Connection connection, String file, String sql, RowBinder binder)
            throws IOException, SQLException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource("region/" + file).getInputStream(),
                StandardCharsets.UTF_8.newDecoder());
                var parser = format.parse(reader);
                PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (CSVRecord row : parser) {
                try {
                    binder.bind(row, insert);
                }
                catch (RuntimeException e) {
                    throw new IllegalStateException(
                            "region/" + file + " row " + (row.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
                insert.addBatch();
                if (++pending == BATCH_SIZE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    private static String required(CSVRecord row, String column) {
        String value = row.get(column).strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("column " + column + " is empty");
        }
        return value;
    }

    private static String digits(CSVRecord row, String column, int length) {
        String value = required(row, column);
        if (value.length() != length || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("column " + column + " is not a " + length + "-digit key: '" + value + "'");
        }
        return value;
    }

    private static double coordinate(CSVRecord row, String column, double limit) {
        double value;
        try {
            value = Double.parseDouble(required(row, column));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("column " + column + " is not a number: '" + row.get(column) + "'");
        }
        if (Double.isNaN(value) || Math.abs(value) > limit) {
            throw new IllegalArgumentException("column " + column + " is out of range: " + value);
        }
        return value;
    }

    private static void setCoordinate(PreparedStatement insert, int index, CSVRecord row, String column, double limit)
            throws SQLException {
        double value = row.get(column).isBlank() ? 0.0 : coordinate(row, column, limit);
        if (value == 0.0) {
            insert.setNull(index, Types.DOUBLE);
        }
        else {
            insert.setDouble(index, value);
        }
    }

    private static void setInteger(PreparedStatement insert, int index, CSVRecord row, String column)
            throws SQLException {
        String value = row.get(column).strip();
        if (value.isEmpty()) {
            insert.setNull(index, Types.INTEGER);
            return;
        }
        try {
            insert.setInt(index, Integer.parseInt(value));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("column " + column + " is not a whole number: '" + value + "'");
        }
    }

    private static void setDecimal(PreparedStatement insert, int index, CSVRecord row, String column)
            throws SQLException {
        String value = row.get(column).strip();
        if (value.isEmpty()) {
            insert.setNull(index, Types.NUMERIC);
            return;
        }
        try {
            insert.setBigDecimal(index, new BigDecimal(value));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("column " + column + " is not a number: '" + value + "'");
        }
    }
}
