-- Place names are looked up folded (lower case, accents removed) by the directory's "near" search.
create index region_postcode_place_folded on region_postcode (bruecke_fold(place) text_pattern_ops);
