-- Observations: every figure that the paper prints in a table or in its text (never one read off a chart).
-- Paper: Astafyeva A. G., Konopyanova G. A. (2025), https://doi.org/10.52821/2789-4401-2025-2-46-69
--
-- Conventions
--   * Values are the printed decimals with a dot separator and the printed scale ("1,0" -> 1.0, "18 610" -> 18610).
--   * Printed decreases ("fell by 19.7%") are stored with a minus sign; the footnote quotes the printed words.
--   * Every insert joins its VALUES list to indicator, region, period (and breakdown_member through the foreign key);
--     a misspelt code would silently drop a row, so each block ends with a guard that counts the rows it inserted
--     and aborts the migration if any is missing.
--   * period_start is filled by the trigger of V1.

-- =========================================================================================================
-- Table 1 - Key indicators of the development of the creative economy in Kazakhstan (2018-2023), source [24].
-- 6 years x 4 territories x 3 indicators = 72 observations.
-- GVA and GDP/GRP are printed "in tenge" but are millions of tenge: the text reads "594.469 billion tenge" for the
-- 2018 national GVA printed as "594 469,6". They are stored as printed with the indicators' multiplier 6.
-- Shares are stored as printed, not recomputed.
-- Reviewer's remark, not stored: EKR GRP falls from 4 605 532,1 (2020) to 3 227 619,2 (2021); the paper does not say
-- whether the 2021-2023 figures are in the borders after the 2022 split of the Abai region.
-- =========================================================================================================
insert into observation (indicator_id, region_id, period_id, value, status, footnote, source_id)
select i.id, r.id, p.id, v.value, 'final', v.footnote, 'bns-creative-gva-table-1'
from (values
    -- 2018
    ('creative-gva',       'kazakhstan',      '2018', 594469.6::numeric,  'Printed "594 469,6" under the unit "in tenge"; millions of tenge (the text reads 594.469 billion tenge), stored in KZT million.'),
    ('creative-gva',       'astana',          '2018', 251620.5,  'Printed "251 620,5" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'almaty',          '2018', 183187.6,  'Printed "183 187,6" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'east-kazakhstan', '2018', 18610,     'Printed "18 610" (no decimal) under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'kazakhstan',      '2018', 61819536.4, 'GDP. Printed "61 819 536,4" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'astana',          '2018', 6705993.3, 'GRP. Printed "6 705 993,3" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'almaty',          '2018', 12132649.7, 'GRP. Printed "12 132 649,7" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'east-kazakhstan', '2018', 3589332.8, 'GRP. Printed "3 589 332,8" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva-share', 'kazakhstan',      '2018', 1.0,       'Printed "1,0" (share in GDP, %).'),
    ('creative-gva-share', 'astana',          '2018', 3.8,       'Printed "3,8" (share in GRP, %).'),
    ('creative-gva-share', 'almaty',          '2018', 1.5,       'Printed "1,5" (share in GRP, %).'),
    ('creative-gva-share', 'east-kazakhstan', '2018', 0.5,       'Printed "0,5" (share in GRP, %).'),
    -- 2019
    ('creative-gva',       'kazakhstan',      '2019', 601506.1,  'Printed "601 506,1" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'astana',          '2019', 243940.8,  'Printed "243 940,8" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'almaty',          '2019', 182521.4,  'Printed "182 521,4" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'east-kazakhstan', '2019', 20057.8,   'Printed "20 057,8" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'kazakhstan',      '2019', 69532626.5, 'GDP. Printed "69 532 626,5" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'astana',          '2019', 7834828.5, 'GRP. Printed "7 834 828,5" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'almaty',          '2019', 13546958.4, 'GRP. Printed "13 546 958,4" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'east-kazakhstan', '2019', 4024968.4, 'GRP. Printed "40 24 968,4" (digit groups misplaced in the paper), read as 4 024 968,4; unit printed "in tenge", millions of tenge, stored in KZT million.'),
    ('creative-gva-share', 'kazakhstan',      '2019', 0.9,       'Printed "0,9" (share in GDP, %).'),
    ('creative-gva-share', 'astana',          '2019', 3.1,       'Printed "3,1" (share in GRP, %).'),
    ('creative-gva-share', 'almaty',          '2019', 1.3,       'Printed "1,3" (share in GRP, %).'),
    ('creative-gva-share', 'east-kazakhstan', '2019', 0.5,       'Printed "0,5" (share in GRP, %).'),
    -- 2020
    ('creative-gva',       'kazakhstan',      '2020', 619498.5,  'Printed "619 498,5" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'astana',          '2020', 225252.6,  'Printed "225 252,6" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'almaty',          '2020', 188122.5,  'Printed "188 122,5" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'east-kazakhstan', '2020', 27815.1,   'Printed "27 815,1" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'kazakhstan',      '2020', 70649033.2, 'GDP. Printed "70 649 033,2" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'astana',          '2020', 7975283.1, 'GRP. Printed "7 975 283,1" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'almaty',          '2020', 13459802.6, 'GRP. Printed "13 459 802,6" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'east-kazakhstan', '2020', 4605532.1, 'GRP. Printed "4 605 532,1" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva-share', 'kazakhstan',      '2020', 0.9,       'Printed "0,9" (share in GDP, %).'),
    ('creative-gva-share', 'astana',          '2020', 2.8,       'Printed "2,8" (share in GRP, %).'),
    ('creative-gva-share', 'almaty',          '2020', 1.4,       'Printed "1,4" (share in GRP, %).'),
    ('creative-gva-share', 'east-kazakhstan', '2020', 0.6,       'Printed "0,6" (share in GRP, %).'),
    -- 2021
    ('creative-gva',       'kazakhstan',      '2021', 768219.7,  'Printed "768 219,7" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'astana',          '2021', 288444.7,  'Printed "288 444,7" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'almaty',          '2021', 248629.6,  'Printed "248 629,6" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'east-kazakhstan', '2021', 28280.5,   'Printed "28 280,5" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'kazakhstan',      '2021', 83951587.9, 'GDP. Printed "83 951 587,9" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'astana',          '2021', 8923711.8, 'GRP. Printed "8 923 711,8" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'almaty',          '2021', 15000060.4, 'GRP. Printed "15 000 060,4" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'east-kazakhstan', '2021', 3227619.2, 'GRP. Printed "3 227 619,2" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva-share', 'kazakhstan',      '2021', 0.9,       'Printed "0,9" (share in GDP, %).'),
    ('creative-gva-share', 'astana',          '2021', 3.2,       'Printed "3,2" (share in GRP, %).'),
    ('creative-gva-share', 'almaty',          '2021', 1.7,       'Printed "1,7" (share in GRP, %).'),
    ('creative-gva-share', 'east-kazakhstan', '2021', 0.9,       'Printed "0,9" (share in GRP, %).'),
    -- 2022
    ('creative-gva',       'kazakhstan',      '2022', 954957.1,  'Printed "954 957,1" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'astana',          '2022', 334312.5,  'Printed "334 312,5" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'almaty',          '2022', 337162.3,  'Printed "337 162,3" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'east-kazakhstan', '2022', 24890.6,   'Printed "24 890,6" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'kazakhstan',      '2022', 103765518.2, 'GDP. Printed "103 765 518,2" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'astana',          '2022', 10672480.5, 'GRP. Printed "10 672 480,5" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'almaty',          '2022', 19154536.7, 'GRP. Printed "19 154 536,7" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'east-kazakhstan', '2022', 3916818.1, 'GRP. Printed "3 916 818,1" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva-share', 'kazakhstan',      '2022', 0.9,       'Printed "0,9" (share in GDP, %).'),
    ('creative-gva-share', 'astana',          '2022', 3.1,       'Printed "3,1" (share in GRP, %).'),
    ('creative-gva-share', 'almaty',          '2022', 1.8,       'Printed "1,8" (share in GRP, %).'),
    ('creative-gva-share', 'east-kazakhstan', '2022', 0.6,       'Printed "0,6" (share in GRP, %).'),
    -- 2023
    ('creative-gva',       'kazakhstan',      '2023', 1202101.2, 'Printed "1 202 101,2" under the unit "in tenge"; millions of tenge, stored in KZT million. The text (AIFC report [22]) rounds it to "1,2 trillion tenge".'),
    ('creative-gva',       'astana',          '2023', 333281.8,  'Printed "333 281,8" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'almaty',          '2023', 462520.8,  'Printed "462 520,8" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva',       'east-kazakhstan', '2023', 25049.9,   'Printed "25 049,9" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'kazakhstan',      '2023', 119442289.7, 'GDP. Printed "119 442 289,7" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'astana',          '2023', 12960836.0, 'GRP. Printed "12 960 836,0" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'almaty',          '2023', 25229706.8, 'GRP. Printed "25 229 706,8" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('gross-product',      'east-kazakhstan', '2023', 4459056.1, 'GRP. Printed "4 459 056,1" under the unit "in tenge"; millions of tenge, stored in KZT million.'),
    ('creative-gva-share', 'kazakhstan',      '2023', 1.0,       'Printed "1,0" (share in GDP, %).'),
    ('creative-gva-share', 'astana',          '2023', 2.6,       'Printed "2,6" (share in GRP, %).'),
    ('creative-gva-share', 'almaty',          '2023', 1.8,       'Printed "1,8" (share in GRP, %).'),
    ('creative-gva-share', 'east-kazakhstan', '2023', 0.6,       'Printed "0,6" (share in GRP, %).')
) as v(ind, reg, per, value, footnote)
join indicator i on i.code = v.ind
join region r on r.slug = v.reg
join period p on p.code = v.per;

do $$ begin
    if (select count(*) from observation where source_id = 'bns-creative-gva-table-1') <> 72 then
        raise exception 'Table 1: expected 72 observations, found %',
            (select count(*) from observation where source_id = 'bns-creative-gva-table-1');
    end if;
end $$;

-- =========================================================================================================
-- Table 2 - Specific features of the East-Kazakhstan region, source [25]. 21 observations.
-- The paper states no provisional status for these figures, so they are 'final'.
-- =========================================================================================================
insert into observation (indicator_id, region_id, period_id, value, status, footnote, source_id, breakdown_dimension, breakdown_member)
select i.id, r.id, p.id, v.value, 'final', v.footnote, 'bns-ekr-table-2', v.dim, v.mem
from (values
    -- Economic segment
    ('grp-structure', '2024-01/2024-09', 49.5::numeric, 'economic_sector', 'goods',
     'Printed: "49.5% is accounted for by the production of goods, 43.8% of services through January-September 2024".'),
    ('grp-structure', '2024-01/2024-09', 43.8, 'economic_sector', 'services',
     'Printed: "49.5% is accounted for by the production of goods, 43.8% of services through January-September 2024".'),
    ('grp-real-growth', '2024-01/2024-09', 5.1, null, null,
     'Printed: "Increased by 5.1% through January-September 2024" (row "Real GRP growth").'),
    ('fixed-capital-investment-growth', '2025-01', 36, null, null,
     'Printed: "Fixed capital investment volume increased by 36% in January of 2025 compared to January of 2024".'),
    ('industrial-production-change', '2025-01', -19.7, 'industry', 'total',
     'Printed: "Industrial production volume fell by 19.7% in January 2025"; stored as -19.7. The comparison base is not printed.'),
    ('consumer-price-index', '2025-01', 109.2, null, null,
     'Printed: "Consumer Price Index was 109.2% in January 2025"; the base is not printed (the text calls it "inflation of 109.2%").'),
    -- Demographic segment
    ('population-share', '2025-01-01', 67.1, 'settlement_type', 'urban',
     'Printed: "The urban population is 67.1%, rural is 32.9% as of January 2025"; no day is printed, stored at 1 January 2025.'),
    ('population-share', '2025-01-01', 32.9, 'settlement_type', 'rural',
     'Printed: "The urban population is 67.1%, rural is 32.9% as of January 2025"; no day is printed, stored at 1 January 2025.'),
    ('net-migration', '2024-01/2024-12', -3382, null, null,
     'Printed: "Net migration: -3382 persons through January-December 2024".'),
    ('natural-increase', '2024-01/2024-12', 309, null, null,
     'Printed: "Natural increase: 309 people through January-December 2024".'),
    ('birth-rate-change', '2024-01/2024-12', -2.6, null, null,
     'Printed: "Birth rate decreased by 2.6%, death rate increased by 2% through January-December 2024"; stored as -2.6.'),
    ('death-rate-change', '2024-01/2024-12', 2, null, null,
     'Printed: "Birth rate decreased by 2.6%, death rate increased by 2% through January-December 2024"; printed without decimals.'),
    -- Natural segment
    ('industrial-production-change', '2025-01', 3.2, 'industry', 'mining',
     'Printed: "Mining production to grow by 3.2% in January 2025" (row "The significant role of the mining industry").'),
    ('industrial-production-change', '2025-01', -28.4, 'industry', 'manufacturing',
     'Printed: "Decline in manufacturing by 28.4%, in electricity supply by 8.9%", with no period. The period January 2025 is read '
     'from the neighbouring rows of Table 2 (mining above, construction below, both "in January 2025") and is not printed in this '
     'row; the text repeats "the decline in the manufacturing industry (-28.4%)" without a period. Stored as -28.4.'),
    ('industrial-production-change', '2025-01', -8.9, 'industry', 'electricity-supply',
     'Printed: "Decline in manufacturing by 28.4%, in electricity supply by 8.9%", with no period. The period January 2025 is read '
     'from the neighbouring rows of Table 2 (mining above, construction below, both "in January 2025") and is not printed in this '
     'row. Stored as -8.9.'),
    ('construction-volume-change', '2025-01', 69.7, null, null,
     'Printed: "The volume of construction work increased by 69.7% in January 2025, housing was commissioned by 12.8% more".'),
    ('housing-commissioned-change', '2025-01', 12.8, null, null,
     'Printed: "The volume of construction work increased by 69.7% in January 2025, housing was commissioned by 12.8% more". '
     'The period is not printed for the housing figure itself; January 2025 is read from the same sentence.'),
    -- Social segment
    ('nominal-income-per-capita-growth', '2024-Q3', 11.2, null, null,
     'Printed: "Per capita nominal cash income increased by 11.2% in Q3 of 2024".'),
    ('unemployment-rate', '2024-Q4', 4.6, null, null,
     'Printed: "The unemployment rate was 4.6% of the labor force in Q4 of 2024".'),
    ('average-monthly-wage-growth', '2024-Q4', 10.5, null, null,
     'Printed: "Average monthly wages increased by 10.5% in Q4 of 2024".'),
    ('small-business-count-change', '2025-02-01', -0.7, null, null,
     'Printed: "The number of small businesses decreased by 0.7% as of February 1, 2025"; stored as -0.7. The comparison base is not printed.')
) as v(ind, per, value, dim, mem, footnote)
join indicator i on i.code = v.ind
join region r on r.slug = 'east-kazakhstan'
join period p on p.code = v.per;

do $$ begin
    if (select count(*) from observation where source_id = 'bns-ekr-table-2') <> 21 then
        raise exception 'Table 2: expected 21 observations, found %',
            (select count(*) from observation where source_id = 'bns-ekr-table-2');
    end if;
end $$;

-- =========================================================================================================
-- Text, "Results and discussion" and Introduction: figures quoted from [22], [23], [9] and [37]. 6 observations.
-- =========================================================================================================
insert into observation (indicator_id, region_id, period_id, value, status, footnote, source_id)
select i.id, r.id, p.id, v.value, v.status, v.footnote, v.source
from (values
    -- AIFC report [22]
    ('creative-gva', 'kazakhstan', '2024-S1', 498700.0::numeric, 'final', 'aifc-2024-text',
     'Printed as "498,7 billion tenge" ("In the first half of 2024, the GVA of creative industries reached 498,7 billion tenge"); stored in KZT million.'),
    ('creative-gva-share-astana-almaty', 'kazakhstan', '2023', 66.2, 'final', 'aifc-2024-text',
     'Printed: "Astana and Almaty are the main contributors, accounting for 66,2% of the creative economy". The sentence prints no '
     'year; 2023 is read from the preceding sentence on the creative-economy GVA "in 2023".'),
    -- Kapital.kz [23]
    ('creative-gva-share', 'kazakhstan', '2024', 1, 'final', 'kapital-2025-text',
     'Printed "1%": "It contributed 1% to the country''s GDP in 2024". Printed without decimals.'),
    -- UNDP Kazakhstan [9]: the paper prints no reference year; the period is the publication year of the source.
    ('creative-industries-world-gdp-share', 'world', '2025', 3.1, 'estimated', 'undp-2025-text',
     'Printed: "Globally, the creative industries account for approximately 3.1% of global GDP". No reference year is printed; the '
     'period 2025 is the publication year of source [9] (UNDP blog, 2025), not the year the share refers to. Status estimated '
     'because the source gives it as approximate; the value is as printed.'),
    ('creative-industries-world-employment-share', 'world', '2025', 6.2, 'estimated', 'undp-2025-text',
     'Printed: "...and employ 6.2% of the workforce". No reference year is printed; the period 2025 is the publication year of '
     'source [9] (UNDP blog, 2025), not the year the share refers to. Status estimated because the sentence gives the figures as '
     'approximate ("approximately 3.1% ... and employ 6.2%"); the value is as printed.'),
    -- El.kz [37], via Table 8
    ('creative-entrepreneurs', 'east-kazakhstan', '2023', 1028, 'final', 'elkz-2023-entrepreneurs',
     'Printed in Table 8: "East Kazakhstan region has registered 1,028 entrepreneurs whose activities relate to creative industry". '
     'Reported in 2023 (source [37] is dated 2023); the date of the count is not printed.')
) as v(ind, reg, per, value, status, source, footnote)
join indicator i on i.code = v.ind
join region r on r.slug = v.reg
join period p on p.code = v.per;

do $$ begin
    if (select count(*) from observation
        where source_id in ('aifc-2024-text', 'kapital-2025-text', 'undp-2025-text', 'elkz-2023-entrepreneurs')) <> 6 then
        raise exception 'Text figures: expected 6 observations';
    end if;
end $$;

-- =========================================================================================================
-- The cultural sector of East Kazakhstan region: text commenting Figure 1 (#1-#3), from the akimat's
-- "Information on the cultural sphere of the region for 2023" [26]. 16 observations.
-- Counts are never derived from shares (47% of 360 is not a printed count). Nothing from Figure 1 #4 or Figure 2.
-- =========================================================================================================
insert into observation (indicator_id, region_id, period_id, value, status, footnote, source_id, breakdown_dimension, breakdown_member)
select i.id, r.id, p.id, v.value, 'final', v.footnote, 'akimat-ekr-culture-2023-text', v.dim, v.mem
from (values
    -- Figure 1 #1-#2: cultural organisations at the beginning of 2024
    ('cultural-organisations', '2024-01-01', 360::numeric, null::text, null::text,
     'Printed: "at the beginning of 2024 there were 360 cultural organizations operating in the region". The paper also says that '
     '"theaters and concert organizations are represented singly", without a number; no count is stored for them.'),
    ('cultural-organisations', '2024-01-01', 12, 'organisation_type', 'others',
     'Printed: "The category "Others", including 12 organizations (3.3% of the total)".'),
    ('cultural-organisations-share', '2024-01-01', 47, 'organisation_type', 'libraries',
     'Printed: "Libraries and club institutions predominate among them, each of these categories makes up 47% of the total number of organizations".'),
    ('cultural-organisations-share', '2024-01-01', 47, 'organisation_type', 'club-institutions',
     'Printed: "Libraries and club institutions predominate among them, each of these categories makes up 47% of the total number of organizations".'),
    ('cultural-organisations-share', '2024-01-01', 1.7, 'organisation_type', 'museums',
     'Printed: "Museums are represented in smaller numbers, their share is 1.7%".'),
    ('cultural-organisations-share', '2024-01-01', 3.3, 'organisation_type', 'others',
     'Printed: "The category "Others", including 12 organizations (3.3% of the total)".'),
    -- Cultural events (text on Figure 1); the akimat's information covers 2023
    ('cultural-events', '2023', 600, 'cultural_activity', 'museum-events',
     'Printed: "The largest number of events (600) falls on the share of museums". From the akimat''s information on the cultural sphere for 2023.'),
    ('cultural-events', '2023', 130, 'cultural_activity', 'ertis-concert-concerts',
     'Printed: "Concert activity, represented by 130 events of "Ertis Concert"". From the akimat''s information on the cultural sphere for 2023.'),
    ('cultural-events', '2023', 287, 'cultural_activity', 'drama-theatre-performances',
     'Printed: "theatrical productions of the regional drama theater (287 performances)". From the akimat''s information on the cultural sphere for 2023.'),
    ('cultural-events', '2023', 50, 'cultural_activity', 'various-format-events',
     'Printed: "The implementation of 50 cultural events of various formats". From the akimat''s information on the cultural sphere for 2023.'),
    ('cultural-events', '2023', 13, 'cultural_activity', 'literary-projects',
     'Printed: "13 literary projects". From the akimat''s information on the cultural sphere for 2023.'),
    ('cultural-events', '2023', 5, 'cultural_activity', 'archaeological-studies',
     'Printed: "5 archaeological studies". From the akimat''s information on the cultural sphere for 2023.'),
    -- Figure 1 #3: attendance, thousand visits
    ('cultural-attendance', '2023', 741.4, 'institution_type', 'libraries',
     'Printed: "libraries, which are in the lead with 741.4 thousand visits". From the akimat''s information on the cultural sphere for 2023.'),
    ('cultural-attendance', '2023', 515.8, 'institution_type', 'museums',
     'Printed: "Museums are also popular, attracting 515.8 thousand visitors" (visitors, as printed). From the akimat''s information on the cultural sphere for 2023.'),
    ('cultural-attendance', '2023', 55.3, 'institution_type', 'theatres',
     'Printed: "Theatrical performances, despite a smaller number of visits (55.3 thousand)". From the akimat''s information on the cultural sphere for 2023.'),
    ('cultural-attendance', '2023', 26.2, 'institution_type', 'concerts',
     'Printed: "Concerts, with 26.2 thousand visits". From the akimat''s information on the cultural sphere for 2023.')
) as v(ind, per, value, dim, mem, footnote)
join indicator i on i.code = v.ind
join region r on r.slug = 'east-kazakhstan'
join period p on p.code = v.per;

do $$ begin
    if (select count(*) from observation where source_id = 'akimat-ekr-culture-2023-text') <> 16 then
        raise exception 'Cultural sector: expected 16 observations, found %',
            (select count(*) from observation where source_id = 'akimat-ekr-culture-2023-text');
    end if;
    if (select count(*) from observation) <> 115 then
        raise exception 'Expected 115 observations in all, found %', (select count(*) from observation);
    end if;
end $$;
