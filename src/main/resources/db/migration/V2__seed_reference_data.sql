-- Reference data for the creative-economy API: sources, regions, periods, indicators and breakdowns.
-- Everything here comes from, or is needed to describe, one paper:
--   Astafyeva A. G., Konopyanova G. A. (2025). Analysis of the state and development trends of the creative and
--   cultural sector of the economy in East Kazakhstan region. Central Asian Economic Review, 2025 No. 2, pp. 46-69.
--   https://doi.org/10.52821/2789-4401-2025-2-46-69
-- V3 (observations) and V4 (cultural sector) resolve rows of this file by their ids, slugs and codes, so those
-- identifiers are fixed: change them only together with V3 and V4.

-- =========================================================================================================
-- 1. Sources
-- =========================================================================================================
-- One row per (reference, place in the paper). Titles, publishers, URLs and access dates are copied from the
-- paper's first reference list (the one with "(Accessed: dd.mm.yyyy)"); the paper prints a second, transliterated
-- list whose URLs differ in places: the differences are stated in `note`.

-- 1a. Statistical sources behind the paper's tables and text figures.
insert into source (id, reference_number, locator, title, publisher, url, accessed_on, note) values
('bns-creative-gva-table-1', 24, 'Table 1',
 'Gross Value Added (GVA) of economic activities related to creative industry',
 'Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the Republic of Kazakhstan (stat.gov.kz)',
 'https://stat.gov.kz/ru/search/index.php?q=%D0%BA%D1%80%D0%B5%D0%B0%D1%82%D0%B8%D0%B2%D0%BD%D0%B0%D1%8F+%D0%B8%D0%BD%D0%B4%D1%83%D1%81%D1%82%D1%80%D0%B8%D1%8F&s=',
 '2025-06-01',
 'Table 1 is captioned "for 2019-2023" but prints 2018-2023 (the text below it says "2018-2023"). Its GVA and GDP/GRP '
 'columns are labelled "in tenge" but are millions of tenge. Note under the table: "compiled by the authors based on source [24]".'),
('bns-ekr-table-2', 25, 'Table 2',
 'Бюро национальной статистики по ВКО',
 'Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the Republic of Kazakhstan (stat.gov.kz)',
 'https://stat.gov.kz/ru/region/vko/',
 '2025-04-15',
 'Regional page of the Bureau for East Kazakhstan region. Note under Table 2: "complied by the authors based on the source [25]". '
 'Table 2 prints operational figures for January-September 2024 up to 1 February 2025.'),
('bns-business-statistics', 27, 'Figure 1, Figure 2 (text)',
 'Bureau of national statistics. Agency for strategic planning and reforms of the republic of Kazakhstan',
 'Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the Republic of Kazakhstan (stat.gov.kz)',
 'https://stat.gov.kz/ru/industries/business-statistics/stat-org/dynamic-tables/?period=year',
 '2025-01-12',
 'Business-statistics dynamic tables (registered and operating legal entities, entrepreneurs). The paper shows these data '
 'only in charts (Figure 1 #4, Figure 2); figures read off a chart are not stored.'),
('aifc-2024-text', 22, 'text',
 'Creative industries of Kazakhstan: Trends and Perspectives',
 'Astana International Financial Centre (AIFC)',
 'https://aifc.kz/wp-content/uploads/2025/01/creative-industries-in-kazakhstan-trends-and-prospects.pdf',
 null,
 'AIFC report (2024). The reference list prints no access date.'),
('kapital-2025-text', 23, 'text',
 'Креативная экономика в Казахстане выросла более чем в три раза с 2017 года',
 'Центр деловой информации Капитал (kapital.kz)',
 'https://kapital.kz/business/133786/kreativnaya-ekonomika-v-kazakhstane-vyroslo-boleye-chem-v-tri-raza-s-2017-goda.html',
 '2025-04-12',
 'The transliterated reference list prints the same URL with a garbled "vyrosла" (Cyrillic letters) instead of "vyroslo".'),
('undp-2025-text', 9, 'text',
 'Сила креативных индустрий в Казахстане: путь к устойчивому развитию',
 'UNDP Kazakhstan (undp.org)',
 'https://www.undp.org/ru/kazakhstan/blog/sila-kreativnykh-industriy-v-kazakhstane-put-k-ustoychivomu-razvitiyu',
 '2025-04-08',
 'UNDP Kazakhstan blog post, 2025.'),
('kapital-2023-forum', 8, 'text',
 'Регионы - потенциальные точки роста креативных индустрий',
 'Капитал (kapital.kz)',
 'https://kapital.kz/economic/121932/regiony-potentsial-nyye-tochki-rosta-kreativnykh-industriy.html',
 '2025-03-18',
 'Author: Abdrakhmet D. (2023). Panel session "Regions - Centers of Creative Industries" of the Forum of Creative Industries of '
 'Central Asia, Almaty, 24-26 November 2023.'),
('astana-times-2018', 7, 'text',
 'Development of creative industries in Kazakhstan will contribute to economic growth, according to participants of Creative Central Asia',
 'The Astana Times (astanatimes.com)',
 'https://astanatimes.com/2018/11/developing-kazakhstans-creative-industries-will-boost-economy-say-creative-central-asia-participants/',
 '2025-02-22',
 'Author: Yergaliyeva A. (2018).');

-- 1b. The akimat's information on the cultural sphere of the region for 2023 [26]: three places in the paper.
insert into source (id, reference_number, locator, title, publisher, url, accessed_on, note) values
('akimat-ekr-culture-2023-text', 26, 'text (Figure 1 commentary)',
 'Информация по сфере культуры области за 2023 год',
 'Акимат Восточно-Казахстанской области (gov.kz)',
 'https://www.gov.kz/memleket/entities/akimvko/activities/181?lang=ru',
 '2025-01-12',
 'Figures printed in the text that comments Figure 1 (#1-#3). The reference list dates this source both 2025 ("Акимат ВКО (2025)") and 2023.'),
('akimat-ekr-culture-2023-table-3', 26, 'Table 3',
 'Информация по сфере культуры области за 2023 год',
 'Акимат Восточно-Казахстанской области (gov.kz)',
 'https://www.gov.kz/memleket/entities/akimvko/activities/181?lang=ru',
 '2025-01-12',
 'Table 3: cultural sector activities to develop the creative industry in East Kazakhstan region in 2023.'),
('akimat-ekr-culture-2023-table-4', 26, 'Table 4',
 'Информация по сфере культуры области за 2023 год',
 'Акимат Восточно-Казахстанской области (gov.kz)',
 'https://www.gov.kz/memleket/entities/akimvko/activities/181?lang=ru',
 '2025-01-12',
 'Table 4: problems identified by the akimat; the solutions in the same table are proposed by the authors.');

-- 1c. News and business sources that Table 8 is "developed based on" ([29]-[38]).
insert into source (id, reference_number, locator, title, publisher, url, accessed_on, note) values
('atameken-2023-council', 29, 'Table 8',
 'Создание совета по развитию креативных индустрий',
 'Национальная палата предпринимателей «Атамекен» (atameken.kz)',
 'https://atameken.kz/ru/news/50587-tvorcheskie-predprinimateli-vostoka-ob-edinilis-v-sovet-razvitiya-kreativnyh-industrij',
 '2025-02-20',
 '2023. The transliterated reference list prints the URL ending "...kreativnykh-industriy".'),
('altaitv-2024-center', 30, 'Table 8',
 'Создание Центра развития креативной индустрии ВКО',
 'Altaytv (altaitv.kz)',
 'https://altaitv.kz/ru/news/19893',
 '2025-02-20',
 '2024. Reference [35] prints the same URL.'),
('altainews-2024-center', 31, 'Table 8',
 'Создание Центра развития креативной индустрии ВКО',
 'Altainews (altainews.kz)',
 'https://altainews.kz/ru/rubriki/novosti/55425-v-vostochnom-kazakhstane-otk-roetsja-centr-kreativnoj-industrii-video.html',
 '2025-02-20',
 '2024. URL as printed; "otk-roetsja" looks like a line-break artefact. The transliterated reference list prints '
 '".../55425-v-vostochnom-kazahstane-otkroetsja-centr-kreativnoy-industrii-video.html".'),
('rudnyi-altai-2024-center', 32, 'Table 8',
 'Центр креативной индустрии откроют в ВКО',
 'Rudnyi-Altay (rudnyi-altai.kz)',
 'https://rudnyi-altai.kz/tsentr-kreativnoyindustrii-otkroyut-v-vko/',
 '2025-02-20',
 '2024. URL as printed; the transliterated reference list prints ".../tsentr-kreativnoy-industrii-otkroyut-v-vko/" (a hyphen lost at a line break).'),
('astanatv-2024-cinema', 33, 'Table 8',
 'Поддержка отечественного кинематографа Центром креативной индустрии ВК',
 'AstanaTV (astanatv.kz)',
 'https://astanatv.kz/ru/news/118391/',
 '2025-02-20',
 '2024. The reference list names the website "altaitv.kz" but the URL is on astanatv.kz.'),
('atameken-2023-concept', 34, 'Table 8',
 'Проект концепции развития отрасли с творческими бизнесменами',
 'Национальная палата предпринимателей «Атамекен» (atameken.kz)',
 'https://atameken.kz/ru/news/50782-kreativnomu-biznesu--kreativnye-resheniya',
 '2025-02-20',
 '2023.'),
('altaitv-2024-international', 35, 'Table 8',
 'Участие в международных мероприятиях',
 'Altai (altaitv.kz)',
 'https://altaitv.kz/ru/news/19893',
 '2025-02-20',
 '2024. The URL is the same as that of reference [30].'),
('gurk-2024-fair', 36, 'Table 8',
 'Выставка-ярмарка художников и ремесленников в городе Усть-Каменогорске',
 'Gurk (gurm.kz)',
 'https://gurm.kz/news/vy-stavka-yarmarka-hudozhnikov-i-remeslennikov-v-gorode-ust-kamenogorske-vostochno-kazahstanskoy-oblasti-meropriyatiya-dlya-razvitiya-tvorcheskoj-industrii-02-11-2024-23-01-54',
 '2025-02-20',
 '2024. The reference list names the publisher "Gurk"; the website is gurm.kz.'),
('elkz-2023-entrepreneurs', 37, 'Table 8',
 'ВКО зарегистрировано 1 028 предпринимателей, чья деятельность относится к креативной индустрии',
 'El.kz (el.kz)',
 'https://el.kz/ru/kreativnoy-industriyey-zanimayutsya-poryadka-1000-biznesmenov-vko_95814/',
 '2025-02-20',
 '2023. The transliterated reference list prints ".../kreativnoy-industriy-zanimayutsya-poryadka-1000-biznesmenov-vko_95814/".'),
('altainews-2023-school', 38, 'Table 8',
 'Изучение международного опыта на базе Школы Креативных Индустрий',
 'Altaynews (altainews.kz)',
 'https://altainews.kz/ru/obzor-sobytij/vko/49742-opyt-shkoly-kreativnyh-industrij-nedavno-otkryvshejsja-v-ufe-izuchili-specialisty-iz-vko.html',
 '2025-02-20',
 '2023. The transliterated reference list prints a different slug ("...kreativnykh-industriy...v-ufo...").');

-- 1d. The authors' own work: tables "developed by the authors" and statements of their own. Title and journal are
-- the paper's; the journal is identified by the DOI prefix 10.52821/2789-4401 (the article text does not name it).
insert into source (id, reference_number, locator, title, publisher, url, accessed_on, note) values
('authors-table-5', null, 'Table 5',
 'Analysis of the state and development trends of the creative and cultural sector of the economy in East Kazakhstan region',
 'Central Asian Economic Review', 'https://doi.org/10.52821/2789-4401-2025-2-46-69', null,
 'Table 5: problematic issues in the creative industry of East Kazakhstan and solutions ("developed by the authors").'),
('authors-table-6', null, 'Table 6',
 'Analysis of the state and development trends of the creative and cultural sector of the economy in East Kazakhstan region',
 'Central Asian Economic Review', 'https://doi.org/10.52821/2789-4401-2025-2-46-69', null,
 'Table 6: participants of the Collaborative Ecosystem Model and their contribution ("developed by the authors").'),
('authors-table-7', null, 'Table 7',
 'Analysis of the state and development trends of the creative and cultural sector of the economy in East Kazakhstan region',
 'Central Asian Economic Review', 'https://doi.org/10.52821/2789-4401-2025-2-46-69', null,
 'Table 7: the Collaborative Ecosystem Model under the conditions of East Kazakhstan region ("developed by the authors").'),
('authors-table-8', null, 'Table 8',
 'Analysis of the state and development trends of the creative and cultural sector of the economy in East Kazakhstan region',
 'Central Asian Economic Review', 'https://doi.org/10.52821/2789-4401-2025-2-46-69', null,
 'Table 8 is the authors'' synthesis: "Developed based on sources: [29-38]". Its recommendations column is the authors'' own.'),
('authors-text', null, 'text',
 'Analysis of the state and development trends of the creative and cultural sector of the economy in East Kazakhstan region',
 'Central Asian Economic Review', 'https://doi.org/10.52821/2789-4401-2025-2-46-69', null,
 'Statements that are the authors'' own (analysis, proposals, conclusions), not taken from a cited source.');

-- =========================================================================================================
-- 2. Regions (one block). Names: en as used in English-language official documents, ru/kk official names.
-- KATO codes are 9 digits; 'KZ' and 'WLD' are this API's codes for the Republic and the world.
-- Three statements, top level first: a parent_id subquery does not see rows inserted by its own statement.
-- =========================================================================================================
insert into region (code, slug, name_en, name_ru, name_kk, level, parent_id, valid_from, note) values
('WLD', 'world', 'World', 'Мир', 'Әлем', 'world', null, null,
 'Used only for global statistics quoted in the paper (UNDP [9]). Not a KATO object.'),
('KZ', 'kazakhstan', 'Republic of Kazakhstan', 'Республика Казахстан', 'Қазақстан Республикасы', 'country', null, null,
 'Code KZ is ISO 3166-1 alpha-2; the KATO classifier has no code for the Republic as a whole.');

insert into region (code, slug, name_en, name_ru, name_kk, level, parent_id, valid_from, note) values
('710000000', 'astana', 'Astana', 'Астана', 'Астана', 'city_of_republican_significance',
 (select id from region where slug = 'kazakhstan'), null,
 'City of republican significance, the capital. Named Nur-Sultan from March 2019 to September 2022; the paper uses "Astana" throughout.'),
('750000000', 'almaty', 'Almaty', 'Алматы', 'Алматы', 'city_of_republican_significance',
 (select id from region where slug = 'kazakhstan'), null,
 'City of republican significance.'),
('630000000', 'east-kazakhstan', 'East Kazakhstan Region', 'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы', 'region',
 (select id from region where slug = 'kazakhstan'), null,
 'Abbreviated EKR (ВКО, ШҚО); administrative centre Ust-Kamenogorsk (Oskemen). Its borders changed on 2022-06-08 when the Abai '
 'region was split off (see region_succession). The paper does not say in which borders Table 1 gives EKR figures for 2018-2021.'),
('100000000', 'abai', 'Abai Region', 'область Абай', 'Абай облысы', 'region',
 (select id from region where slug = 'kazakhstan'), '2022-06-08',
 'Official Russian name "область Абай" ("Абайская область" is also used). Administrative centre Semey. Formed from part of '
 'East Kazakhstan region with effect from 2022-06-08 (see region_succession).');

insert into region (code, slug, name_en, name_ru, name_kk, level, parent_id, valid_from, note) values
('631010000', 'ust-kamenogorsk', 'Ust-Kamenogorsk', 'Усть-Каменогорск', 'Өскемен', 'city',
 (select id from region where slug = 'east-kazakhstan'), null,
 'Administrative centre of East Kazakhstan region; English also "Oskemen". 631010000 is the KATO code of the city itself '
 '(the city administration, "Усть-Каменогорск Г.А.", shares the prefix 6310).'),
('636200000', 'ulan-district', 'Ulan District', 'Уланский район', 'Ұлан ауданы', 'district',
 (select id from region where slug = 'east-kazakhstan'), null,
 'KATO code uncertain: 636200000 follows the district prefix 6362 that current KATO-based lists give for Уланский район; it '
 'was not checked against the official KATO publication. Venue of the festival "Shygys Salburyn 2023" (paper, Table 3).'),
('101010000', 'semey', 'Semey', 'Семей', 'Семей', 'city',
 (select id from region where slug = 'abai'), '2022-06-08',
 'City of regional significance, administrative centre of the Abai region since 2022-06-08; before that date it was a city of '
 'East Kazakhstan region (KATO 632810000). KATO code uncertain: 101010000 is inferred from the prefix 1010 ("Семей Г.А.") '
 'that current KATO-based lists give under the Abai region; not checked against the official KATO publication. '
 'valid_from is the date of this code and parent; the city itself is much older (Semipalatinsk until 2007).'),
('101810000', 'kurchatov', 'Kurchatov', 'Курчатов', 'Курчатов', 'city',
 (select id from region where slug = 'abai'), '2022-06-08',
 'City of regional significance of the Abai region since 2022-06-08; before that date it was a city of East Kazakhstan '
 'region (KATO 632210000). KATO code uncertain: 101810000 is inferred from the prefix 1018 ("Курчатов Г.А.") that current '
 'KATO-based lists give under the Abai region; not checked against the official KATO publication. Press reports also '
 'mention a later land-boundary adjustment with Pavlodar region concerning Kurchatov. valid_from is the date of this code '
 'and parent, not of the city.');

do $$ begin
    if (select count(*) from region where parent_id is null and slug not in ('world', 'kazakhstan')) > 0 then
        raise exception 'region: a parent_id did not resolve';
    end if;
end $$;

-- The 2022 split of the Abai region from East Kazakhstan region. East Kazakhstan keeps its code and slug.
insert into region_succession (predecessor_id, successor_id, changed_on, kind, note, source_url) values
((select id from region where slug = 'east-kazakhstan'), (select id from region where slug = 'abai'), '2022-06-08', 'split',
 'Decree of the President of the Republic of Kazakhstan of 3 May 2022 "On some issues of the administrative-territorial '
 'structure of the Republic of Kazakhstan" (commonly cited as No. 887; the number was not checked here), in force from '
 '8 June 2022: the Abai region, centre Semey, was formed by separating from East Kazakhstan region the Aksuat, Abai, Ayagoz, '
 'Beskaragai, Borodulikha, Zharma, Urzhar and Kokpekty districts and the cities of Semey and Kurchatov. The same decree formed '
 'the Zhetysu and Ulytau regions. source_url is a news report quoting the decree, not the official text (adilet.zan.kz).',
 'https://tass.ru/mezhdunarodnaya-panorama/14541595');

-- =========================================================================================================
-- 3. Periods: every period that an observation uses. SDMX-style codes (see V1).
-- =========================================================================================================
insert into period (code, frequency, start_date, end_date) values
-- Calendar years: Table 1 (2018-2023), text figures (2023, 2024), UNDP [9] publication year (2025).
('2018', 'annual', '2018-01-01', '2018-12-31'),
('2019', 'annual', '2019-01-01', '2019-12-31'),
('2020', 'annual', '2020-01-01', '2020-12-31'),
('2021', 'annual', '2021-01-01', '2021-12-31'),
('2022', 'annual', '2022-01-01', '2022-12-31'),
('2023', 'annual', '2023-01-01', '2023-12-31'),
('2024', 'annual', '2024-01-01', '2024-12-31'),
('2025', 'annual', '2025-01-01', '2025-12-31'),
-- First half of 2024 (AIFC [22]).
('2024-S1', 'semiannual', '2024-01-01', '2024-06-30'),
-- Quarters and a month (Table 2).
('2024-Q3', 'quarterly', '2024-07-01', '2024-09-30'),
('2024-Q4', 'quarterly', '2024-10-01', '2024-12-31'),
('2025-01', 'monthly', '2025-01-01', '2025-01-31'),
-- Cumulative spans from the start of a year (Table 2: "through January-September 2024", "January-December 2024").
('2024-01/2024-09', 'cumulative', '2024-01-01', '2024-09-30'),
('2024-01/2024-12', 'cumulative', '2024-01-01', '2024-12-31'),
-- Stock dates (cultural organisations at the beginning of 2024; Table 2 "as of January 2025", "as of February 1, 2025").
('2024-01-01', 'point_in_time', '2024-01-01', '2024-01-01'),
('2025-01-01', 'point_in_time', '2025-01-01', '2025-01-01'),
('2025-02-01', 'point_in_time', '2025-02-01', '2025-02-01');

-- =========================================================================================================
-- 4. Breakdown dimensions and members (only those used by V3).
-- =========================================================================================================
insert into breakdown_dimension (code, name_en, name_ru, name_kk) values
('economic_sector', 'Economic sector (production of goods or services)', 'Производство товаров и услуг', 'Тауарлар мен қызметтер өндірісі'),
('industry', 'Industry (section of industrial production)', 'Вид промышленной деятельности', null),
('settlement_type', 'Settlement type (urban or rural)', 'Тип местности (город, село)', null),
('organisation_type', 'Type of cultural organisation', 'Тип организации культуры', null),
('cultural_activity', 'Kind of cultural activity or event', 'Вид культурной деятельности', null),
('institution_type', 'Type of cultural institution or activity visited', 'Тип учреждения культуры', null);

insert into breakdown_member (dimension_code, code, name_en, name_ru, name_kk) values
-- Table 2, GRP structure.
('economic_sector', 'goods', 'Production of goods', 'Производство товаров', 'Тауарлар өндірісі'),
('economic_sector', 'services', 'Production of services', 'Производство услуг', 'Қызметтер өндірісі'),
-- Table 2, industrial production. "total" is industry as a whole.
('industry', 'total', 'Industry, total', 'Промышленность, всего', null),
('industry', 'mining', 'Mining and quarrying', 'Горнодобывающая промышленность и разработка карьеров', 'Тау-кен өндіру өнеркәсібі және карьерлерді қазу'),
('industry', 'manufacturing', 'Manufacturing', 'Обрабатывающая промышленность', 'Өңдеу өнеркәсібі'),
('industry', 'electricity-supply', 'Electricity supply', 'Электроснабжение', null),
-- Table 2, population.
('settlement_type', 'urban', 'Urban population', 'Городское население', 'Қала халқы'),
('settlement_type', 'rural', 'Rural population', 'Сельское население', 'Ауыл халқы'),
-- Text on Figure 1 #1-#2: structure of cultural organisations.
('organisation_type', 'libraries', 'Libraries', 'Библиотеки', 'Кітапханалар'),
('organisation_type', 'club-institutions', 'Club institutions', 'Клубные учреждения', null),
('organisation_type', 'museums', 'Museums', 'Музеи', 'Мұражайлар'),
('organisation_type', 'others', 'Others', 'Прочие', null),
-- Text on Figure 1: cultural events of 2023.
('cultural_activity', 'museum-events', 'Museum events', 'Мероприятия музеев', null),
('cultural_activity', 'ertis-concert-concerts', 'Concerts of "Ertis Concert"', 'Концерты «Ертіс концерт»', null),
('cultural_activity', 'drama-theatre-performances', 'Performances of the regional drama theatre', 'Спектакли областного драматического театра', null),
('cultural_activity', 'various-format-events', 'Cultural events of various formats', 'Культурные мероприятия различного формата', null),
('cultural_activity', 'literary-projects', 'Literary projects', 'Литературные проекты', null),
('cultural_activity', 'archaeological-studies', 'Archaeological studies', 'Археологические исследования', null),
-- Text on Figure 1 #3: attendance.
('institution_type', 'libraries', 'Libraries', 'Библиотеки', 'Кітапханалар'),
('institution_type', 'museums', 'Museums', 'Музеи', 'Мұражайлар'),
('institution_type', 'theatres', 'Theatres (theatrical performances)', 'Театры', 'Театрлар'),
('institution_type', 'concerts', 'Concerts', 'Концерты', null);

-- =========================================================================================================
-- 5. Indicators. Percent changes use unit 'percent' and state their comparison base; the CPI alone uses 'index'.
-- ru/kk names: kk is left null where no established statistical term is known to us.
-- =========================================================================================================

-- 5a. Creative economy and macroeconomy (Table 1 and the text around it).
insert into indicator (code, name_en, name_ru, name_kk, definition_en, topic, unit, unit_multiplier, decimals, formula, additive, name_source) values
('creative-gva', 'Gross value added of creative industries',
 'Валовая добавленная стоимость видов экономической деятельности, относящихся к креативной индустрии',
 'Креативті индустрияға жататын экономикалық қызмет түрлерінің жалпы қосылған құны',
 'Gross value added (GVA) of the kinds of economic activity that the Bureau of National Statistics relates to the creative '
 'industry (its table "GVA of economic activities related to creative industry"), in millions of tenge. The paper does not '
 'state the price basis; current prices are the usual basis of such tables.',
 'creative-economy', 'KZT', 6, 1, null, true,
 'ru: title of the Bureau of National Statistics table cited as [24]; kk: built from the Bureau''s standard term "жалпы қосылған құн" (ВДС).'),
('gross-product', 'Gross domestic product (Republic) / gross regional product (region)',
 'Валовой внутренний продукт / валовой региональный продукт',
 'Жалпы ішкі өнім / жалпы өңірлік өнім',
 'Gross domestic product for the Republic of Kazakhstan and gross regional product for a region or a city of republican '
 'significance, at current prices, in millions of tenge.',
 'macroeconomy', 'KZT', 6, 1, null, true,
 'stat.gov.kz terminology (ВВП/ВРП; ЖІӨ/ЖӨӨ).'),
('creative-gva-share', 'Share of creative industries GVA in GDP/GRP',
 'Доля ВДС креативной индустрии в ВВП/ВРП',
 'Креативті индустрия ЖҚҚ-ның ЖІӨ/ЖӨӨ-дегі үлесі',
 'Gross value added of creative industries as a percent of GDP (Republic) or GRP (region) of the same period. Values are '
 'stored as the source prints them (rounded to one decimal or less), not recomputed from creative-gva and gross-product.',
 'creative-economy', 'percent', 0, 1, 'creative-gva / gross-product * 100', false,
 'ru/kk: composed from stat.gov.kz terms (ВДС/ЖҚҚ, ВВП/ВРП, ЖІӨ/ЖӨӨ).'),
('creative-gva-share-astana-almaty', 'Share of Astana and Almaty in the creative-economy GVA of Kazakhstan',
 'Доля городов Астаны и Алматы в ВДС креативной экономики Казахстана', null,
 'Combined gross value added of the creative economy of the cities of Astana and Almaty as a percent of the creative-economy '
 'GVA of the Republic of Kazakhstan (as reported by the AIFC). Stored under the region kazakhstan.',
 'creative-economy', 'percent', 0, 1, null, false,
 'ru: descriptive translation; no official statistical term.'),
('creative-industries-world-gdp-share', 'Creative industries share of global GDP',
 'Доля креативных индустрий в мировом ВВП', null,
 'Approximate share of the creative industries in world gross domestic product, in percent, as quoted by UNDP Kazakhstan. '
 'Definitions of creative industries differ between countries, so this is not comparable with creative-gva-share.',
 'creative-economy', 'percent', 0, 1, null, false,
 'ru: descriptive translation; no official statistical term.'),
('creative-industries-world-employment-share', 'Creative industries share of global employment',
 'Доля креативных индустрий в мировой занятости', null,
 'Approximate share of the world workforce employed in the creative industries, in percent, as quoted by UNDP Kazakhstan.',
 'creative-economy', 'percent', 0, 1, null, false,
 'ru: descriptive translation; no official statistical term.'),
('creative-entrepreneurs', 'Registered creative-industry entrepreneurs',
 'Количество зарегистрированных предпринимателей, чья деятельность относится к креативной индустрии', null,
 'Number of registered entrepreneurs (business entities) whose activity relates to the creative industry, as reported by the press.',
 'creative-economy', 'count', 0, 0, null, true,
 'ru: wording of the headline of source [37] (el.kz).');

-- 5b. Table 2: economic, demographic, natural-resource and social features of East Kazakhstan region.
-- Table 2 prints changes as "increased by", "fell by", "decreased by"; they are stored as signed percent changes.
insert into indicator (code, name_en, name_ru, name_kk, definition_en, topic, unit, unit_multiplier, decimals, formula, additive, name_source) values
('grp-structure', 'Structure of gross regional product',
 'Структура валового регионального продукта', 'Жалпы өңірлік өнімнің құрылымы',
 'Share of the production of goods or of services in gross regional product, percent of GRP. The goods and services '
 'shares need not add up to 100 (the paper prints 49.5 and 43.8; the remainder is not printed).',
 'macroeconomy', 'percent', 0, 1, null, false,
 'stat.gov.kz terminology (структура ВРП: производство товаров, производство услуг).'),
('grp-real-growth', 'Real growth of gross regional product',
 'Реальный рост валового регионального продукта', 'Жалпы өңірлік өнімнің нақты өсуі',
 'Percent change of gross regional product in real terms (physical volume) against the same period of the previous year.',
 'macroeconomy', 'percent', 0, 1, null, false,
 'ru/kk: composed from stat.gov.kz terms (ВРП, ЖӨӨ); the Bureau publishes it as an index of physical volume.'),
('fixed-capital-investment-growth', 'Change in fixed capital investment',
 'Изменение объема инвестиций в основной капитал', null,
 'Percent change of the volume of investment in fixed capital against the same period of the previous year.',
 'macroeconomy', 'percent', 0, 1, null, false,
 'ru: composed from the stat.gov.kz term "инвестиции в основной капитал".'),
('industrial-production-change', 'Change in industrial production',
 'Изменение объема промышленного производства', null,
 'Percent change of the volume of industrial production (total or by section) against the same period of the previous '
 'year, the Bureau''s convention for monthly industrial data; the paper does not print the comparison base.',
 'industry', 'percent', 0, 1, null, false,
 'ru: composed from the stat.gov.kz term "объем промышленного производства".'),
('consumer-price-index', 'Consumer price index',
 'Индекс потребительских цен', 'Тұтыну бағаларының индексі',
 'Consumer price index, same month of the previous year = 100 (the paper prints it as "109.2%" and does not print the base; '
 'a year-on-year base is assumed from the Bureau''s practice).',
 'prices', 'index', 0, 1, null, false,
 'stat.gov.kz terminology (ИПЦ, ТБИ).'),
('population-share', 'Urban and rural population share',
 'Удельный вес городского и сельского населения', 'Қала және ауыл халқының үлесі',
 'Urban or rural population as a percent of the total population at a date.',
 'demography', 'percent', 0, 1, null, false,
 'ru/kk: composed from stat.gov.kz terms (городское/сельское население; қала/ауыл халқы).'),
('net-migration', 'Net migration', 'Сальдо миграции', 'Көші-қон сальдосы',
 'Arrivals minus departures over the period, persons (negative: more people left than arrived).',
 'demography', 'persons', 0, 0, null, true,
 'stat.gov.kz terminology.'),
('natural-increase', 'Natural increase of population', 'Естественный прирост населения', 'Халықтың табиғи өсімі',
 'Live births minus deaths over the period, persons.',
 'demography', 'persons', 0, 0, null, true,
 'stat.gov.kz terminology.'),
('birth-rate-change', 'Change in the birth rate', 'Изменение рождаемости', null,
 'Percent change of the birth rate against the same period of the previous year. The paper prints only "birth rate '
 'decreased by 2.6%"; whether the crude rate or the number of births is meant is not printed.',
 'demography', 'percent', 0, 1, null, false,
 'ru: descriptive translation.'),
('death-rate-change', 'Change in the death rate', 'Изменение смертности', null,
 'Percent change of the death rate against the same period of the previous year. The paper prints only "death rate '
 'increased by 2%"; whether the crude rate or the number of deaths is meant is not printed.',
 'demography', 'percent', 0, 1, null, false,
 'ru: descriptive translation.'),
('construction-volume-change', 'Change in the volume of construction work',
 'Изменение объема строительных работ', null,
 'Percent change of the volume of construction work (services) against the same period of the previous year.',
 'construction', 'percent', 0, 1, null, false,
 'ru: composed from the stat.gov.kz term "объем строительных работ (услуг)".'),
('housing-commissioned-change', 'Change in housing commissioned',
 'Изменение ввода в эксплуатацию жилья', null,
 'Percent change of housing commissioned (put into service) against the same period of the previous year.',
 'construction', 'percent', 0, 1, null, false,
 'ru: composed from the stat.gov.kz term "ввод в эксплуатацию жилья".'),
('nominal-income-per-capita-growth', 'Growth of per capita nominal cash income',
 'Рост среднедушевых номинальных денежных доходов населения', null,
 'Percent change of per capita nominal cash income of the population against the same period of the previous year.',
 'living-standards', 'percent', 0, 1, null, false,
 'ru: composed from the stat.gov.kz term "среднедушевые номинальные денежные доходы населения".'),
('unemployment-rate', 'Unemployment rate', 'Уровень безработицы', 'Жұмыссыздық деңгейі',
 'Unemployed persons as a percent of the labour force.',
 'labour', 'percent', 0, 1, null, false,
 'stat.gov.kz terminology.'),
('average-monthly-wage-growth', 'Growth of average monthly wages',
 'Рост среднемесячной заработной платы', null,
 'Percent change of the average monthly wage against the same period of the previous year. The paper does not say '
 'whether the nominal or the real wage is meant.',
 'labour', 'percent', 0, 1, null, false,
 'ru: composed from the stat.gov.kz term "среднемесячная заработная плата".'),
('small-business-count-change', 'Change in the number of small businesses',
 'Изменение количества субъектов малого предпринимательства', null,
 'Percent change of the number of small businesses at a date. The paper does not print the comparison base.',
 'business', 'percent', 0, 1, null, false,
 'ru: descriptive translation with the term "субъекты малого предпринимательства".');

-- 5c. The cultural sector of East Kazakhstan region (text around Figure 1, from the akimat [26]).
insert into indicator (code, name_en, name_ru, name_kk, definition_en, topic, unit, unit_multiplier, decimals, formula, additive, name_source) values
('cultural-organisations', 'Cultural organisations', 'Количество организаций культуры', 'Мәдениет ұйымдарының саны',
 'Number of operating cultural organisations (libraries, club institutions, museums, theatres, concert organisations and '
 'others) at a date; without breakdown, the total.',
 'culture', 'count', 0, 0, null, true,
 'ru/kk: descriptive translations.'),
('cultural-organisations-share', 'Share of cultural organisations by type',
 'Удельный вес организаций культуры по типам', null,
 'Organisations of one type as a percent of the total number of cultural organisations at a date.',
 'culture', 'percent', 0, 1, null, false,
 'ru: descriptive translation.'),
('cultural-events', 'Cultural events', 'Количество культурных мероприятий', 'Мәдени іс-шаралар саны',
 'Number of cultural events, performances, concerts, projects or studies carried out in the period, by kind of activity.',
 'culture', 'count', 0, 0, null, false,
 'ru/kk: descriptive translations.'),
('cultural-attendance', 'Attendance of cultural institutions and events',
 'Посещаемость учреждений и мероприятий культуры', null,
 'Number of visits to cultural institutions or events in the period, in thousands of visits.',
 'culture', 'visits', 3, 1, null, false,
 'ru: descriptive translation.');
