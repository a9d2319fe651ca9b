-- The project's own texts in Russian and Kazakh: indicator definitions, the Kazakh names of indicators and breakdowns
-- the seed left empty, and the footnotes of the seed observations. None of these is a source's wording: the paper
-- prints English only, so these are the project's translations, and each table says so where it keeps a source.
--   * Quotations of the paper inside a footnote (Printed: "...") stay in the paper's English: a quotation is the
--     source's wording, and translating it would put words in the paper's mouth. Only the project's sentences around
--     it are translated.
--   * Source titles are never translated: they are the source's own; title_language says which language they are in.
-- Terms follow the Bureau of National Statistics' bilingual tables (ВДС/ЖҚҚ, ВВП/ЖІӨ, ВРП/ЖӨӨ), as V2 and V6 do.

-- ---------------------------------------------------------------------------------------------------------
-- 1. Kazakh names of indicators and breakdowns that V2 left empty (it had no published Kazakh term for them).
update indicator set name_kk = v.kk, name_source = name_source || ' kk: the project''s own translation (no published Kazakh term).'
from (values
    ('creative-gva-share-astana-almaty', 'Астана және Алматы қалаларының Қазақстан креативті экономикасының ЖҚҚ-дағы үлесі'),
    ('creative-industries-world-gdp-share', 'Креативті индустриялардың әлемдік ЖІӨ-дегі үлесі'),
    ('creative-industries-world-employment-share', 'Креативті индустриялардың әлемдік жұмыспен қамтудағы үлесі'),
    ('creative-entrepreneurs', 'Қызметі креативті индустрияға жататын тіркелген кәсіпкерлер саны'),
    ('fixed-capital-investment-growth', 'Негізгі капиталға салынған инвестициялар көлемінің өзгеруі'),
    ('industrial-production-change', 'Өнеркәсіптік өндіріс көлемінің өзгеруі'),
    ('birth-rate-change', 'Туу көрсеткішінің өзгеруі'),
    ('death-rate-change', 'Өлім-жітім көрсеткішінің өзгеруі'),
    ('construction-volume-change', 'Құрылыс жұмыстары көлемінің өзгеруі'),
    ('housing-commissioned-change', 'Тұрғын үйді пайдалануға берудің өзгеруі'),
    ('nominal-income-per-capita-growth', 'Халықтың жан басына шаққандағы номиналды ақшалай кірістерінің өсуі'),
    ('average-monthly-wage-growth', 'Орташа айлық жалақының өсуі'),
    ('small-business-count-change', 'Шағын кәсіпкерлік субъектілері санының өзгеруі'),
    ('cultural-organisations-share', 'Мәдениет ұйымдарының түрлері бойынша үлес салмағы'),
    ('cultural-attendance', 'Мәдениет мекемелері мен іс-шараларына келушілер')
) as v(code, kk)
where indicator.code = v.code and indicator.name_kk is null;

update breakdown_dimension set name_kk = v.kk
from (values
    ('industry', 'Өнеркәсіптік қызмет түрі'),
    ('settlement_type', 'Жергілікті жер түрі (қала, ауыл)'),
    ('organisation_type', 'Мәдениет ұйымының түрі'),
    ('cultural_activity', 'Мәдени қызмет түрі'),
    ('institution_type', 'Мәдениет мекемесінің түрі')
) as v(code, kk)
where breakdown_dimension.code = v.code and breakdown_dimension.name_kk is null;

update breakdown_member set name_kk = v.kk
from (values
    ('industry', 'total', 'Өнеркәсіп, барлығы'),
    ('industry', 'electricity-supply', 'Электрмен жабдықтау'),
    ('organisation_type', 'club-institutions', 'Клуб мекемелері'),
    ('organisation_type', 'others', 'Басқалары'),
    ('cultural_activity', 'museum-events', 'Мұражай іс-шаралары'),
    ('cultural_activity', 'ertis-concert-concerts', '«Ертіс концерт» концерттері'),
    ('cultural_activity', 'drama-theatre-performances', 'Облыстық драма театрының қойылымдары'),
    ('cultural_activity', 'various-format-events', 'Түрлі форматтағы мәдени іс-шаралар'),
    ('cultural_activity', 'literary-projects', 'Әдеби жобалар'),
    ('cultural_activity', 'archaeological-studies', 'Археологиялық зерттеулер'),
    ('institution_type', 'concerts', 'Концерттер')
) as v(dimension, code, kk)
where breakdown_member.dimension_code = v.dimension and breakdown_member.code = v.code and breakdown_member.name_kk is null;

-- ---------------------------------------------------------------------------------------------------------
-- 2. Indicator definitions in Russian and Kazakh. They are the project's text, so an edit of definition_en through
--    the API leaves them as they were; a definition without a translation is served in English and says so.
alter table indicator add column definition_ru text;
alter table indicator add column definition_kk text;

create temporary table seed_indicator_translated (code text primary key, ru text not null, kk text not null) on commit drop;
insert into seed_indicator_translated (code, ru, kk) values
    ('creative-gva',
     'Валовая добавленная стоимость (ВДС) видов экономической деятельности, которые Бюро национальной статистики относит к креативной индустрии (его таблица «ВДС видов экономической деятельности, относящихся к креативной индустрии»), в миллионах тенге. Статья не указывает, в каких ценах; обычно такие таблицы даются в текущих ценах.',
     'Ұлттық статистика бюросы креативті индустрияға жатқызатын экономикалық қызмет түрлерінің жалпы қосылған құны (ЖҚҚ) (бюроның «Креативті индустрияға жататын экономикалық қызмет түрлерінің ЖҚҚ» кестесі), миллион теңгемен. Мақала баға негізін көрсетпейді; мұндай кестелер әдетте ағымдағы бағамен беріледі.'),
    ('gross-product',
     'Валовой внутренний продукт для Республики Казахстан и валовой региональный продукт для области или города республиканского значения, в текущих ценах, в миллионах тенге.',
     'Қазақстан Республикасы үшін жалпы ішкі өнім және облыс немесе республикалық маңызы бар қала үшін жалпы өңірлік өнім, ағымдағы бағамен, миллион теңгемен.'),
    ('creative-gva-share',
     'Валовая добавленная стоимость креативных индустрий в процентах от ВВП (республика) или ВРП (регион) того же периода. Значения хранятся так, как их печатает источник (округлёнными до одного знака или меньше), а не пересчитываются из creative-gva и gross-product.',
     'Креативті индустриялардың жалпы қосылған құны сол кезеңдегі ЖІӨ-нің (республика) немесе ЖӨӨ-нің (өңір) пайызымен. Мәндер дереккөз басқандай (бір ондық белгіге дейін немесе одан да аз дөңгелектелген) сақталады, creative-gva мен gross-product бойынша қайта есептелмейді.'),
    ('creative-gva-share-astana-almaty',
     'Совокупная валовая добавленная стоимость креативной экономики городов Астаны и Алматы в процентах от ВДС креативной экономики Республики Казахстан (по данным МФЦА). Хранится под регионом kazakhstan.',
     'Астана және Алматы қалалары креативті экономикасының жиынтық жалпы қосылған құны Қазақстан Республикасы креативті экономикасы ЖҚҚ-ның пайызымен (АХҚО деректері бойынша). kazakhstan өңірі бойынша сақталады.'),
    ('creative-industries-world-gdp-share',
     'Приблизительная доля креативных индустрий в мировом валовом внутреннем продукте, в процентах, по данным ПРООН в Казахстане. Определения креативных индустрий в разных странах различаются, поэтому показатель несопоставим с creative-gva-share.',
     'Креативті индустриялардың әлемдік жалпы ішкі өнімдегі шамамен алынған үлесі, пайызбен, БҰҰДБ Қазақстандағы өкілдігінің деректері бойынша. Креативті индустриялардың анықтамалары елдерде әртүрлі, сондықтан көрсеткішті creative-gva-share көрсеткішімен салыстыруға болмайды.'),
    ('creative-industries-world-employment-share',
     'Приблизительная доля мировой рабочей силы, занятой в креативных индустриях, в процентах, по данным ПРООН в Казахстане.',
     'Креативті индустрияларда жұмыс істейтін әлемдік жұмыс күшінің шамамен алынған үлесі, пайызбен, БҰҰДБ Қазақстандағы өкілдігінің деректері бойынша.'),
    ('creative-entrepreneurs',
     'Количество зарегистрированных предпринимателей (субъектов предпринимательства), чья деятельность относится к креативной индустрии, по сообщению прессы.',
     'Қызметі креативті индустрияға жататын тіркелген кәсіпкерлер (кәсіпкерлік субъектілері) саны, баспасөз хабары бойынша.'),
    ('grp-structure',
     'Доля производства товаров или производства услуг в валовом региональном продукте, в процентах от ВРП. Доли товаров и услуг не обязательно дают в сумме 100 (в статье напечатано 49.5 и 43.8; остаток не напечатан).',
     'Тауарлар өндірісінің немесе қызметтер өндірісінің жалпы өңірлік өнімдегі үлесі, ЖӨӨ-нің пайызымен. Тауарлар мен қызметтер үлестерінің қосындысы 100-ге тең болмауы мүмкін (мақалада 49.5 және 43.8 басылған; қалдығы басылмаған).'),
    ('grp-real-growth',
     'Изменение валового регионального продукта в реальном выражении (физического объёма) в процентах к соответствующему периоду предыдущего года.',
     'Жалпы өңірлік өнімнің нақты мәнде (нақты көлемінің) алдыңғы жылдың сәйкес кезеңіне қарағандағы пайыздық өзгерісі.'),
    ('fixed-capital-investment-growth',
     'Изменение объёма инвестиций в основной капитал в процентах к соответствующему периоду предыдущего года.',
     'Негізгі капиталға салынған инвестициялар көлемінің алдыңғы жылдың сәйкес кезеңіне қарағандағы пайыздық өзгерісі.'),
    ('industrial-production-change',
     'Изменение объёма промышленного производства (всего или по разделу) в процентах к соответствующему периоду предыдущего года, как принято у Бюро для месячных данных о промышленности; база сравнения в статье не напечатана.',
     'Өнеркәсіптік өндіріс көлемінің (барлығы немесе бөлім бойынша) алдыңғы жылдың сәйкес кезеңіне қарағандағы пайыздық өзгерісі, бюроның өнеркәсіп бойынша айлық деректеріндегі тәртібімен; салыстыру базасы мақалада басылмаған.'),
    ('consumer-price-index',
     'Индекс потребительских цен, соответствующий месяц предыдущего года = 100 (в статье напечатано «109.2%», база не напечатана; годовая база принята по практике Бюро).',
     'Тұтыну бағаларының индексі, алдыңғы жылдың сәйкес айы = 100 (мақалада «109.2%» деп басылған, базасы басылмаған; жылдық база бюроның тәжірибесі бойынша алынды).'),
    ('population-share',
     'Городское или сельское население в процентах от всего населения на дату.',
     'Қала немесе ауыл халқы белгілі бір күнгі барлық халықтың пайызымен.'),
    ('net-migration',
     'Число прибывших минус число выбывших за период, человек (отрицательное значение: выбыло больше, чем прибыло).',
     'Кезең ішінде келгендер саны минус кеткендер саны, адам (теріс мән: келгендерден кеткендер көп).'),
    ('natural-increase',
     'Число родившихся живыми минус число умерших за период, человек.',
     'Кезең ішінде тірі туғандар саны минус қайтыс болғандар саны, адам.'),
    ('birth-rate-change',
     'Изменение рождаемости в процентах к соответствующему периоду предыдущего года. В статье напечатано только «birth rate decreased by 2.6%»; общий коэффициент или число родившихся имеется в виду, не напечатано.',
     'Туу көрсеткішінің алдыңғы жылдың сәйкес кезеңіне қарағандағы пайыздық өзгерісі. Мақалада тек «birth rate decreased by 2.6%» деп басылған; жалпы коэффициент пе, әлде туғандар саны ма, басылмаған.'),
    ('death-rate-change',
     'Изменение смертности в процентах к соответствующему периоду предыдущего года. В статье напечатано только «death rate increased by 2%»; общий коэффициент или число умерших имеется в виду, не напечатано.',
     'Өлім-жітім көрсеткішінің алдыңғы жылдың сәйкес кезеңіне қарағандағы пайыздық өзгерісі. Мақалада тек «death rate increased by 2%» деп басылған; жалпы коэффициент пе, әлде қайтыс болғандар саны ма, басылмаған.'),
    ('construction-volume-change',
     'Изменение объёма строительных работ (услуг) в процентах к соответствующему периоду предыдущего года.',
     'Құрылыс жұмыстары (қызметтері) көлемінің алдыңғы жылдың сәйкес кезеңіне қарағандағы пайыздық өзгерісі.'),
    ('housing-commissioned-change',
     'Изменение ввода в эксплуатацию жилья в процентах к соответствующему периоду предыдущего года.',
     'Тұрғын үйді пайдалануға берудің алдыңғы жылдың сәйкес кезеңіне қарағандағы пайыздық өзгерісі.'),
    ('nominal-income-per-capita-growth',
     'Изменение среднедушевых номинальных денежных доходов населения в процентах к соответствующему периоду предыдущего года.',
     'Халықтың жан басына шаққандағы номиналды ақшалай кірістерінің алдыңғы жылдың сәйкес кезеңіне қарағандағы пайыздық өзгерісі.'),
    ('unemployment-rate',
     'Безработные в процентах от рабочей силы.',
     'Жұмыссыздар жұмыс күшінің пайызымен.'),
    ('average-monthly-wage-growth',
     'Изменение среднемесячной заработной платы в процентах к соответствующему периоду предыдущего года. Статья не говорит, имеется в виду номинальная или реальная заработная плата.',
     'Орташа айлық жалақының алдыңғы жылдың сәйкес кезеңіне қарағандағы пайыздық өзгерісі. Мақала номиналды немесе нақты жалақы туралы айтылғанын көрсетпейді.'),
    ('small-business-count-change',
     'Изменение количества субъектов малого предпринимательства на дату, в процентах. База сравнения в статье не напечатана.',
     'Белгілі бір күнгі шағын кәсіпкерлік субъектілері санының пайыздық өзгерісі. Салыстыру базасы мақалада басылмаған.'),
    ('cultural-organisations',
     'Количество действующих организаций культуры (библиотеки, клубные учреждения, музеи, театры, концертные организации и другие) на дату; без разреза — всего.',
     'Белгілі бір күнгі жұмыс істеп тұрған мәдениет ұйымдарының саны (кітапханалар, клуб мекемелері, мұражайлар, театрлар, концерттік ұйымдар және басқалары); бөлінісіз — барлығы.'),
    ('cultural-organisations-share',
     'Организации одного типа в процентах от общего числа организаций культуры на дату.',
     'Бір түрдегі ұйымдар белгілі бір күнгі мәдениет ұйымдарының жалпы санының пайызымен.'),
    ('cultural-events',
     'Количество культурных мероприятий, спектаклей, концертов, проектов или исследований, проведённых за период, по видам деятельности.',
     'Кезең ішінде өткізілген мәдени іс-шаралар, қойылымдар, концерттер, жобалар немесе зерттеулер саны, қызмет түрлері бойынша.'),
    ('cultural-attendance',
     'Число посещений учреждений или мероприятий культуры за период, в тысячах посещений.',
     'Кезең ішінде мәдениет мекемелеріне немесе іс-шараларына келушілер саны, мың келушімен.');
update indicator set definition_ru = v.ru, definition_kk = v.kk from seed_indicator_translated v where indicator.code = v.code;

-- A definition rewritten in English no longer matches its translations: they are dropped rather than left to
-- describe something else, and the definition is served in English (definition_language says so).
create function indicator_forget_stale_definitions() returns trigger language plpgsql as $$
begin
    if new.definition_en is distinct from old.definition_en
       and new.definition_ru is not distinct from old.definition_ru and new.definition_kk is not distinct from old.definition_kk then
        new.definition_ru := null;
        new.definition_kk := null;
    end if;
    return new;
end $$;
create trigger indicator_stale_definitions before update on indicator
    for each row execute function indicator_forget_stale_definitions();

-- ---------------------------------------------------------------------------------------------------------
-- 3. Source titles: the source's own, in the language the source gives them. The seed's titles are Russian or English.
alter table source add column title_language text check (title_language in ('en', 'ru', 'kk'));
update source set title_language = case when title ~ '[А-Яа-яЁё]' then 'ru' else 'en' end;
do $$ begin
    if exists (select 1 from source where title ~ '[ӘәҒғҚқҢңӨөҰұҮүҺһІі]') then
        raise exception 'A source title has Kazakh letters: set its title_language by hand';
    end if;
end $$;

-- A title changed without saying its language is of unknown language, not of the old one.
create function source_forget_stale_title_language() returns trigger language plpgsql as $$
begin
    if new.title is distinct from old.title and new.title_language is not distinct from old.title_language then
        new.title_language := null;
    end if;
    return new;
end $$;
create trigger source_stale_title_language before update on source
    for each row execute function source_forget_stale_title_language();

-- ---------------------------------------------------------------------------------------------------------
-- 4. Footnotes. Observations keep their footnote as written (revisions, imports and as_of read it unchanged); the
--    translations are keyed by the English text, so an edited footnote has none until one is added here, and it is
--    then served in English and marked so (footnote_language).
create table footnote_translation (
    footnote_en text primary key,
    footnote_ru text,
    footnote_kk text
);
create trigger footnote_translation_bumps_version after insert or update or delete or truncate on footnote_translation
    for each statement execute function bump_data_version();

-- 4a. Table 1: 72 footnotes of four shapes; the printed number and the printed unit words are kept as printed.
insert into footnote_translation (footnote_en, footnote_ru, footnote_kk) values
('Printed "594 469,6" under the unit "in tenge"; millions of tenge (the text reads 594.469 billion tenge), stored in KZT million.',
 'Напечатано "594 469,6" с единицей "in tenge"; это миллионы тенге (в тексте: 594.469 billion tenge), хранится в млн KZT.',
 '"594 469,6" деп "in tenge" бірлігімен басылған; бұл миллион теңге (мәтінде: 594.469 billion tenge), млн KZT түрінде сақталады.'),
('Printed "18 610" (no decimal) under the unit "in tenge"; millions of tenge, stored in KZT million.',
 'Напечатано "18 610" (без десятичного знака) с единицей "in tenge"; это миллионы тенге, хранится в млн KZT.',
 '"18 610" деп (ондық белгісіз) "in tenge" бірлігімен басылған; бұл миллион теңге, млн KZT түрінде сақталады.'),
('GRP. Printed "40 24 968,4" (digit groups misplaced in the paper), read as 4 024 968,4; unit printed "in tenge", millions of tenge, stored in KZT million.',
 'ВРП. Напечатано "40 24 968,4" (в статье неверно разбиты группы разрядов), прочитано как 4 024 968,4; единица напечатана "in tenge", это миллионы тенге, хранится в млн KZT.',
 'ЖӨӨ. "40 24 968,4" деп басылған (мақалада цифр топтары қате бөлінген), 4 024 968,4 деп оқылды; бірлігі "in tenge" деп басылған, бұл миллион теңге, млн KZT түрінде сақталады.'),
('Printed "1 202 101,2" under the unit "in tenge"; millions of tenge, stored in KZT million. The text (AIFC report [22]) rounds it to "1,2 trillion tenge".',
 'Напечатано "1 202 101,2" с единицей "in tenge"; это миллионы тенге, хранится в млн KZT. Текст (доклад МФЦА [22]) округляет до "1,2 trillion tenge".',
 '"1 202 101,2" деп "in tenge" бірлігімен басылған; бұл миллион теңге, млн KZT түрінде сақталады. Мәтін (АХҚО баяндамасы [22]) оны "1,2 trillion tenge" деп дөңгелектейді.');

insert into footnote_translation (footnote_en, footnote_ru, footnote_kk)
select f,
       case when f like 'GDP. %' then 'ВВП. ' when f like 'GRP. %' then 'ВРП. ' else '' end
           || regexp_replace(f, '^(?:GDP\. |GRP\. )?Printed "([^"]+)" under the unit "in tenge"; millions of tenge, stored in KZT million\.$',
                             'Напечатано "\1" с единицей "in tenge"; это миллионы тенге, хранится в млн KZT.'),
       case when f like 'GDP. %' then 'ЖІӨ. ' when f like 'GRP. %' then 'ЖӨӨ. ' else '' end
           || regexp_replace(f, '^(?:GDP\. |GRP\. )?Printed "([^"]+)" under the unit "in tenge"; millions of tenge, stored in KZT million\.$',
                             '"\1" деп "in tenge" бірлігімен басылған; бұл миллион теңге, млн KZT түрінде сақталады.')
from (select distinct footnote as f from observation) o
where f ~ '^(GDP\. |GRP\. )?Printed "[^"]+" under the unit "in tenge"; millions of tenge, stored in KZT million\.$'
on conflict (footnote_en) do nothing;

insert into footnote_translation (footnote_en, footnote_ru, footnote_kk)
select f,
       regexp_replace(f, '^Printed "([^"]+)" \(share in (GDP|GRP), %\)\.$', 'Напечатано "\1" (доля в \2, %).'),
       regexp_replace(f, '^Printed "([^"]+)" \(share in (GDP|GRP), %\)\.$', '"\1" деп басылған (\2 үлесі, %).')
from (select distinct footnote as f from observation) o
where f ~ '^Printed "[^"]+" \(share in (GDP|GRP), %\)\.$'
on conflict (footnote_en) do nothing;
-- The abbreviations inside the share footnotes, in each language's own terms.
update footnote_translation set footnote_ru = replace(replace(footnote_ru, 'доля в GDP', 'доля в ВВП'), 'доля в GRP', 'доля в ВРП'),
                                footnote_kk = replace(replace(footnote_kk, '(GDP үлесі', '(ЖІӨ-дегі үлесі'), '(GRP үлесі', '(ЖӨӨ-дегі үлесі')
where footnote_en ~ '\(share in (GDP|GRP), %\)\.$';

-- 4b. Table 2, the text figures and the cultural sector: one translation per footnote.
insert into footnote_translation (footnote_en, footnote_ru, footnote_kk) values
('Printed: "49.5% is accounted for by the production of goods, 43.8% of services through January-September 2024".',
 'Напечатано: "49.5% is accounted for by the production of goods, 43.8% of services through January-September 2024".',
 'Басылғаны: "49.5% is accounted for by the production of goods, 43.8% of services through January-September 2024".'),
('Printed: "Increased by 5.1% through January-September 2024" (row "Real GRP growth").',
 'Напечатано: "Increased by 5.1% through January-September 2024" (строка "Real GRP growth").',
 'Басылғаны: "Increased by 5.1% through January-September 2024" ("Real GRP growth" жолы).'),
('Printed: "Fixed capital investment volume increased by 36% in January of 2025 compared to January of 2024".',
 'Напечатано: "Fixed capital investment volume increased by 36% in January of 2025 compared to January of 2024".',
 'Басылғаны: "Fixed capital investment volume increased by 36% in January of 2025 compared to January of 2024".'),
('Printed: "Industrial production volume fell by 19.7% in January 2025"; stored as -19.7. The comparison base is not printed.',
 'Напечатано: "Industrial production volume fell by 19.7% in January 2025"; хранится как -19.7. База сравнения не напечатана.',
 'Басылғаны: "Industrial production volume fell by 19.7% in January 2025"; -19.7 деп сақталады. Салыстыру базасы басылмаған.'),
('Printed: "Consumer Price Index was 109.2% in January 2025"; the base is not printed (the text calls it "inflation of 109.2%").',
 'Напечатано: "Consumer Price Index was 109.2% in January 2025"; база не напечатана (текст называет это "inflation of 109.2%").',
 'Басылғаны: "Consumer Price Index was 109.2% in January 2025"; базасы басылмаған (мәтін оны "inflation of 109.2%" деп атайды).'),
('Printed: "The urban population is 67.1%, rural is 32.9% as of January 2025"; no day is printed, stored at 1 January 2025.',
 'Напечатано: "The urban population is 67.1%, rural is 32.9% as of January 2025"; день не напечатан, хранится на 1 января 2025 года.',
 'Басылғаны: "The urban population is 67.1%, rural is 32.9% as of January 2025"; күні басылмаған, 2025 жылғы 1 қаңтарға сақталады.'),
('Printed: "Net migration: -3382 persons through January-December 2024".',
 'Напечатано: "Net migration: -3382 persons through January-December 2024".',
 'Басылғаны: "Net migration: -3382 persons through January-December 2024".'),
('Printed: "Natural increase: 309 people through January-December 2024".',
 'Напечатано: "Natural increase: 309 people through January-December 2024".',
 'Басылғаны: "Natural increase: 309 people through January-December 2024".'),
('Printed: "Birth rate decreased by 2.6%, death rate increased by 2% through January-December 2024"; stored as -2.6.',
 'Напечатано: "Birth rate decreased by 2.6%, death rate increased by 2% through January-December 2024"; хранится как -2.6.',
 'Басылғаны: "Birth rate decreased by 2.6%, death rate increased by 2% through January-December 2024"; -2.6 деп сақталады.'),
('Printed: "Birth rate decreased by 2.6%, death rate increased by 2% through January-December 2024"; printed without decimals.',
 'Напечатано: "Birth rate decreased by 2.6%, death rate increased by 2% through January-December 2024"; напечатано без десятичных знаков.',
 'Басылғаны: "Birth rate decreased by 2.6%, death rate increased by 2% through January-December 2024"; ондық белгісіз басылған.'),
('Printed: "Mining production to grow by 3.2% in January 2025" (row "The significant role of the mining industry").',
 'Напечатано: "Mining production to grow by 3.2% in January 2025" (строка "The significant role of the mining industry").',
 'Басылғаны: "Mining production to grow by 3.2% in January 2025" ("The significant role of the mining industry" жолы).'),
('Printed: "Decline in manufacturing by 28.4%, in electricity supply by 8.9%", with no period. The period January 2025 is read '
 'from the neighbouring rows of Table 2 (mining above, construction below, both "in January 2025") and is not printed in this '
 'row; the text repeats "the decline in the manufacturing industry (-28.4%)" without a period. Stored as -28.4.',
 'Напечатано: "Decline in manufacturing by 28.4%, in electricity supply by 8.9%", без периода. Период январь 2025 года взят из '
 'соседних строк таблицы 2 (горнодобывающая промышленность выше, строительство ниже, обе "in January 2025") и в этой строке не '
 'напечатан; текст повторяет "the decline in the manufacturing industry (-28.4%)" без периода. Хранится как -28.4.',
 'Басылғаны: "Decline in manufacturing by 28.4%, in electricity supply by 8.9%", кезеңсіз. 2025 жылғы қаңтар кезеңі 2-кестенің '
 'көрші жолдарынан алынды (жоғарыда тау-кен өндірісі, төменде құрылыс, екеуі де "in January 2025") және бұл жолда басылмаған; '
 'мәтін "the decline in the manufacturing industry (-28.4%)" дегенді кезеңсіз қайталайды. -28.4 деп сақталады.'),
('Printed: "Decline in manufacturing by 28.4%, in electricity supply by 8.9%", with no period. The period January 2025 is read '
 'from the neighbouring rows of Table 2 (mining above, construction below, both "in January 2025") and is not printed in this '
 'row. Stored as -8.9.',
 'Напечатано: "Decline in manufacturing by 28.4%, in electricity supply by 8.9%", без периода. Период январь 2025 года взят из '
 'соседних строк таблицы 2 (горнодобывающая промышленность выше, строительство ниже, обе "in January 2025") и в этой строке не '
 'напечатан. Хранится как -8.9.',
 'Басылғаны: "Decline in manufacturing by 28.4%, in electricity supply by 8.9%", кезеңсіз. 2025 жылғы қаңтар кезеңі 2-кестенің '
 'көрші жолдарынан алынды (жоғарыда тау-кен өндірісі, төменде құрылыс, екеуі де "in January 2025") және бұл жолда басылмаған. '
 '-8.9 деп сақталады.'),
('Printed: "The volume of construction work increased by 69.7% in January 2025, housing was commissioned by 12.8% more".',
 'Напечатано: "The volume of construction work increased by 69.7% in January 2025, housing was commissioned by 12.8% more".',
 'Басылғаны: "The volume of construction work increased by 69.7% in January 2025, housing was commissioned by 12.8% more".'),
('Printed: "The volume of construction work increased by 69.7% in January 2025, housing was commissioned by 12.8% more". '
 'The period is not printed for the housing figure itself; January 2025 is read from the same sentence.',
 'Напечатано: "The volume of construction work increased by 69.7% in January 2025, housing was commissioned by 12.8% more". '
 'Для самой цифры по жилью период не напечатан; январь 2025 года взят из того же предложения.',
 'Басылғаны: "The volume of construction work increased by 69.7% in January 2025, housing was commissioned by 12.8% more". '
 'Тұрғын үй көрсеткішінің өзі үшін кезең басылмаған; 2025 жылғы қаңтар сол сөйлемнен алынды.'),
('Printed: "Per capita nominal cash income increased by 11.2% in Q3 of 2024".',
 'Напечатано: "Per capita nominal cash income increased by 11.2% in Q3 of 2024".',
 'Басылғаны: "Per capita nominal cash income increased by 11.2% in Q3 of 2024".'),
('Printed: "The unemployment rate was 4.6% of the labor force in Q4 of 2024".',
 'Напечатано: "The unemployment rate was 4.6% of the labor force in Q4 of 2024".',
 'Басылғаны: "The unemployment rate was 4.6% of the labor force in Q4 of 2024".'),
('Printed: "Average monthly wages increased by 10.5% in Q4 of 2024".',
 'Напечатано: "Average monthly wages increased by 10.5% in Q4 of 2024".',
 'Басылғаны: "Average monthly wages increased by 10.5% in Q4 of 2024".'),
('Printed: "The number of small businesses decreased by 0.7% as of February 1, 2025"; stored as -0.7. The comparison base is not printed.',
 'Напечатано: "The number of small businesses decreased by 0.7% as of February 1, 2025"; хранится как -0.7. База сравнения не напечатана.',
 'Басылғаны: "The number of small businesses decreased by 0.7% as of February 1, 2025"; -0.7 деп сақталады. Салыстыру базасы басылмаған.'),
('Printed as "498,7 billion tenge" ("In the first half of 2024, the GVA of creative industries reached 498,7 billion tenge"); stored in KZT million.',
 'Напечатано как "498,7 billion tenge" ("In the first half of 2024, the GVA of creative industries reached 498,7 billion tenge"); хранится в млн KZT.',
 '"498,7 billion tenge" деп басылған ("In the first half of 2024, the GVA of creative industries reached 498,7 billion tenge"); млн KZT түрінде сақталады.'),
('Printed: "Astana and Almaty are the main contributors, accounting for 66,2% of the creative economy". The sentence prints no '
 'year; 2023 is read from the preceding sentence on the creative-economy GVA "in 2023".',
 'Напечатано: "Astana and Almaty are the main contributors, accounting for 66,2% of the creative economy". Год в предложении не '
 'напечатан; 2023 год взят из предыдущего предложения о ВДС креативной экономики "in 2023".',
 'Басылғаны: "Astana and Almaty are the main contributors, accounting for 66,2% of the creative economy". Сөйлемде жыл '
 'басылмаған; 2023 жыл креативті экономиканың ЖҚҚ туралы алдыңғы "in 2023" сөйлемінен алынды.'),
('Printed "1%": "It contributed 1% to the country''s GDP in 2024". Printed without decimals.',
 'Напечатано "1%": "It contributed 1% to the country''s GDP in 2024". Напечатано без десятичных знаков.',
 '"1%" деп басылған: "It contributed 1% to the country''s GDP in 2024". Ондық белгісіз басылған.'),
('Printed: "Globally, the creative industries account for approximately 3.1% of global GDP". No reference year is printed; the '
 'period 2025 is the publication year of source [9] (UNDP blog, 2025), not the year the share refers to. Status estimated '
 'because the source gives it as approximate; the value is as printed.',
 'Напечатано: "Globally, the creative industries account for approximately 3.1% of global GDP". Отчётный год не напечатан; '
 'период 2025 — год публикации источника [9] (блог ПРООН, 2025), а не год, к которому относится доля. Статус estimated, потому '
 'что источник даёт её как приблизительную; значение — как напечатано.',
 'Басылғаны: "Globally, the creative industries account for approximately 3.1% of global GDP". Есепті жыл басылмаған; 2025 '
 'кезеңі — [9] дереккөздің жарияланған жылы (БҰҰДБ блогы, 2025), үлес қатысты жыл емес. Мәртебесі estimated, себебі дереккөз '
 'оны шамамен береді; мәні басылғандай.'),
('Printed: "...and employ 6.2% of the workforce". No reference year is printed; the period 2025 is the publication year of '
 'source [9] (UNDP blog, 2025), not the year the share refers to. Status estimated because the sentence gives the figures as '
 'approximate ("approximately 3.1% ... and employ 6.2%"); the value is as printed.',
 'Напечатано: "...and employ 6.2% of the workforce". Отчётный год не напечатан; период 2025 — год публикации источника [9] '
 '(блог ПРООН, 2025), а не год, к которому относится доля. Статус estimated, потому что предложение даёт цифры как '
 'приблизительные ("approximately 3.1% ... and employ 6.2%"); значение — как напечатано.',
 'Басылғаны: "...and employ 6.2% of the workforce". Есепті жыл басылмаған; 2025 кезеңі — [9] дереккөздің жарияланған жылы '
 '(БҰҰДБ блогы, 2025), үлес қатысты жыл емес. Мәртебесі estimated, себебі сөйлем сандарды шамамен береді '
 '("approximately 3.1% ... and employ 6.2%"); мәні басылғандай.'),
('Printed in Table 8: "East Kazakhstan region has registered 1,028 entrepreneurs whose activities relate to creative industry". '
 'Reported in 2023 (source [37] is dated 2023); the date of the count is not printed.',
 'Напечатано в таблице 8: "East Kazakhstan region has registered 1,028 entrepreneurs whose activities relate to creative industry". '
 'Сообщено в 2023 году (источник [37] датирован 2023 годом); дата подсчёта не напечатана.',
 '8-кестеде басылғаны: "East Kazakhstan region has registered 1,028 entrepreneurs whose activities relate to creative industry". '
 '2023 жылы хабарланған ([37] дереккөз 2023 жылмен белгіленген); есептелген күні басылмаған.'),
('Printed: "at the beginning of 2024 there were 360 cultural organizations operating in the region". The paper also says that '
 '"theaters and concert organizations are represented singly", without a number; no count is stored for them.',
 'Напечатано: "at the beginning of 2024 there were 360 cultural organizations operating in the region". Статья также говорит, что '
 '"theaters and concert organizations are represented singly", без числа; их количество не хранится.',
 'Басылғаны: "at the beginning of 2024 there were 360 cultural organizations operating in the region". Мақала сондай-ақ '
 '"theaters and concert organizations are represented singly" дейді, санын көрсетпейді; олардың саны сақталмайды.'),
('Printed: "The category "Others", including 12 organizations (3.3% of the total)".',
 'Напечатано: "The category "Others", including 12 organizations (3.3% of the total)".',
 'Басылғаны: "The category "Others", including 12 organizations (3.3% of the total)".'),
('Printed: "Libraries and club institutions predominate among them, each of these categories makes up 47% of the total number of organizations".',
 'Напечатано: "Libraries and club institutions predominate among them, each of these categories makes up 47% of the total number of organizations".',
 'Басылғаны: "Libraries and club institutions predominate among them, each of these categories makes up 47% of the total number of organizations".'),
('Printed: "Museums are represented in smaller numbers, their share is 1.7%".',
 'Напечатано: "Museums are represented in smaller numbers, their share is 1.7%".',
 'Басылғаны: "Museums are represented in smaller numbers, their share is 1.7%".'),
('Printed: "The largest number of events (600) falls on the share of museums". From the akimat''s information on the cultural sphere for 2023.',
 'Напечатано: "The largest number of events (600) falls on the share of museums". Из информации акимата по сфере культуры за 2023 год.',
 'Басылғаны: "The largest number of events (600) falls on the share of museums". Әкімдіктің 2023 жылғы мәдениет саласы туралы ақпаратынан.'),
('Printed: "Concert activity, represented by 130 events of "Ertis Concert"". From the akimat''s information on the cultural sphere for 2023.',
 'Напечатано: "Concert activity, represented by 130 events of "Ertis Concert"". Из информации акимата по сфере культуры за 2023 год.',
 'Басылғаны: "Concert activity, represented by 130 events of "Ertis Concert"". Әкімдіктің 2023 жылғы мәдениет саласы туралы ақпаратынан.'),
('Printed: "theatrical productions of the regional drama theater (287 performances)". From the akimat''s information on the cultural sphere for 2023.',
 'Напечатано: "theatrical productions of the regional drama theater (287 performances)". Из информации акимата по сфере культуры за 2023 год.',
 'Басылғаны: "theatrical productions of the regional drama theater (287 performances)". Әкімдіктің 2023 жылғы мәдениет саласы туралы ақпаратынан.'),
('Printed: "The implementation of 50 cultural events of various formats". From the akimat''s information on the cultural sphere for 2023.',
 'Напечатано: "The implementation of 50 cultural events of various formats". Из информации акимата по сфере культуры за 2023 год.',
 'Басылғаны: "The implementation of 50 cultural events of various formats". Әкімдіктің 2023 жылғы мәдениет саласы туралы ақпаратынан.'),
('Printed: "13 literary projects". From the akimat''s information on the cultural sphere for 2023.',
 'Напечатано: "13 literary projects". Из информации акимата по сфере культуры за 2023 год.',
 'Басылғаны: "13 literary projects". Әкімдіктің 2023 жылғы мәдениет саласы туралы ақпаратынан.'),
('Printed: "5 archaeological studies". From the akimat''s information on the cultural sphere for 2023.',
 'Напечатано: "5 archaeological studies". Из информации акимата по сфере культуры за 2023 год.',
 'Басылғаны: "5 archaeological studies". Әкімдіктің 2023 жылғы мәдениет саласы туралы ақпаратынан.'),
('Printed: "libraries, which are in the lead with 741.4 thousand visits". From the akimat''s information on the cultural sphere for 2023.',
 'Напечатано: "libraries, which are in the lead with 741.4 thousand visits". Из информации акимата по сфере культуры за 2023 год.',
 'Басылғаны: "libraries, which are in the lead with 741.4 thousand visits". Әкімдіктің 2023 жылғы мәдениет саласы туралы ақпаратынан.'),
('Printed: "Museums are also popular, attracting 515.8 thousand visitors" (visitors, as printed). From the akimat''s information on the cultural sphere for 2023.',
 'Напечатано: "Museums are also popular, attracting 515.8 thousand visitors" (visitors, как напечатано). Из информации акимата по сфере культуры за 2023 год.',
 'Басылғаны: "Museums are also popular, attracting 515.8 thousand visitors" (басылғандай, visitors). Әкімдіктің 2023 жылғы мәдениет саласы туралы ақпаратынан.'),
('Printed: "Theatrical performances, despite a smaller number of visits (55.3 thousand)". From the akimat''s information on the cultural sphere for 2023.',
 'Напечатано: "Theatrical performances, despite a smaller number of visits (55.3 thousand)". Из информации акимата по сфере культуры за 2023 год.',
 'Басылғаны: "Theatrical performances, despite a smaller number of visits (55.3 thousand)". Әкімдіктің 2023 жылғы мәдениет саласы туралы ақпаратынан.'),
('Printed: "Concerts, with 26.2 thousand visits". From the akimat''s information on the cultural sphere for 2023.',
 'Напечатано: "Concerts, with 26.2 thousand visits". Из информации акимата по сфере культуры за 2023 год.',
 'Басылғаны: "Concerts, with 26.2 thousand visits". Әкімдіктің 2023 жылғы мәдениет саласы туралы ақпаратынан.');

-- Every footnote of the seed, and every definition, has both translations; a text added to the seed without one fails here.
do $$ begin
    if exists (select 1 from observation o where o.footnote is not null and o.id in (select observation_id from observation_version
                   where valid_to is null and changed_by = 'seed') and not exists (
            select 1 from footnote_translation t where t.footnote_en = o.footnote and t.footnote_ru is not null and t.footnote_kk is not null)) then
        raise exception 'Footnotes without a translation: %', (select string_agg(distinct left(o.footnote, 60), ' | ') from observation o
            where o.footnote is not null and not exists (select 1 from footnote_translation t where t.footnote_en = o.footnote));
    end if;
    if exists (select 1 from footnote_translation where footnote_ru ~ 'share in|under the unit "in tenge"; millions'
                                                      or footnote_kk ~ 'share in|under the unit "in tenge"; millions') then
        raise exception 'A Table 1 footnote was not translated by its pattern';
    end if;
    -- Only the seed's own rows are checked: rows an editor added before this migration may have no translation.
    if exists (select 1 from indicator where code in (select code from seed_indicator_translated) and
               (definition_ru is null or definition_kk is null or name_ru is null or name_kk is null)) then
        raise exception 'Seed indicators without ru/kk names or definitions';
    end if;
end $$;
