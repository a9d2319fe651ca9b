-- Which observations describe a cultural organisation: an organisation is linked to the breakdown members whose
-- values the paper attributes to it, and its observations are the observations with those breakdowns.
--
-- Only links the paper states are recorded (text commenting Figure 1, from the akimat's information [26]):
--   "Concert activity, represented by 130 events of "Ertis Concert""      -> cultural_activity:ertis-concert-concerts
--   "theatrical productions of the regional drama theater (287 performances)" -> cultural_activity:drama-theatre-performances
-- Not linked, because the paper gives them for a whole kind of institution, not for one catalogued organisation:
-- museum-events (600 events "of museums", not only the museum-reserve), institution_type:theatres and
-- institution_type:concerts (attendance of all theatrical performances and concerts), institution_type:libraries.

create table cultural_organisation_breakdown (
    organisation_id     text not null references cultural_organisation (id),
    breakdown_dimension text not null,
    breakdown_member    text not null,
    primary key (organisation_id, breakdown_dimension, breakdown_member),
    foreign key (breakdown_dimension, breakdown_member) references breakdown_member (dimension_code, code)
);
create index cultural_organisation_breakdown_member_idx on cultural_organisation_breakdown (breakdown_dimension, breakdown_member);

-- Published data changes with this table too, exactly as with the tables of V1.
create trigger cultural_organisation_breakdown_bumps_version after insert or update or delete or truncate
    on cultural_organisation_breakdown for each statement execute function bump_data_version();

insert into cultural_organisation_breakdown (organisation_id, breakdown_dimension, breakdown_member) values
('ertis-concert', 'cultural_activity', 'ertis-concert-concerts'),
('ekr-regional-drama-theatre', 'cultural_activity', 'drama-theatre-performances');
