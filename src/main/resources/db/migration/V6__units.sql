-- Units of measure with their names in en, ru and kk, and the words for the powers of ten, so every format can
-- label a value "million tenge" / "млн тенге" / "млн теңге" in the language asked for.
-- Russian and Kazakh terms are those of the Bureau of National Statistics' bilingual publications
-- (stat.gov.kz, e.g. "Валовой региональный продукт" tables: "млн. тенге" / "млн. теңге"; culture statistics:
-- "посещений" / "келушілер"), and of the National Bank for the currency name (тенге / теңге).
create table unit (
    code        text primary key,
    name_en     text not null,
    name_ru     text,
    name_kk     text,
    symbol      text,
    name_source text
);

insert into unit (code, name_en, name_ru, name_kk, symbol, name_source) values
('KZT',     'tenge',   'тенге',     'теңге',     '₸', 'National Bank of Kazakhstan (currency name); stat.gov.kz tables'),
('percent', 'percent', 'процент',   'пайыз',     '%', 'stat.gov.kz bilingual tables ("%")'),
('persons', 'persons', 'человек',   'адам',      null, 'stat.gov.kz demographic tables ("человек" / "адам")'),
('count',   'units',   'единиц',    'бірлік',    null, 'stat.gov.kz business-register tables ("единиц" / "бірлік")'),
('visits',  'visits',  'посещений', 'келушілер', null, 'stat.gov.kz culture statistics ("посещений" / "келушілер")'),
('index',   'index',   'индекс',    'индекс',    null, 'stat.gov.kz price statistics ("индекс" / "индекс")');

create table unit_multiplier (
    power   integer primary key,
    name_en text not null,
    name_ru text not null,
    name_kk text not null
);
insert into unit_multiplier values
(3, 'thousand', 'тыс.', 'мың'),
(6, 'million',  'млн',  'млн'),
(9, 'billion',  'млрд', 'млрд');

-- Every indicator unit must be a known unit from now on.
alter table indicator add constraint indicator_unit_fk foreign key (unit) references unit (code);

create trigger unit_bumps_version after insert or update or delete or truncate on unit
    for each statement execute function bump_data_version();
create trigger unit_multiplier_bumps_version after insert or update or delete or truncate on unit_multiplier
    for each statement execute function bump_data_version();
