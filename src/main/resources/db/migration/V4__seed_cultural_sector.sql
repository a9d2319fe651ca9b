-- The cultural sector of East Kazakhstan region (EKR) as described by Astafyeva & Konopyanova (2025):
-- organisations, events, the implemented activities of Table 8, the problems of Tables 4 and 5 and the
-- Collaborative Ecosystem Model (Tables 6, 7 and the last column of Table 8).
--
-- Sources and regions come from V2__seed_reference_data.sql. Every text is the paper's English wording,
-- cleaned only of list markup, leading dashes and stray numbering. Nothing here is taken from outside the
-- paper: where the paper is silent (a city, a date, whether an event recurs) the column stays null or
-- 'unknown'. Russian and Kazakh names are filled only where the paper itself prints them.

-- ---------------------------------------------------------------------------------------------------------
-- Organisations

insert into cultural_organisation (id, name_en, name_ru, name_kk, type, region_id, parent_id, description_en, source_id) values
('ekr-akimat',
 'Akimat of East Kazakhstan region',
 'Акимат Восточно-Казахстанской области',
 'Шығыс Қазақстан облысының әкімдігі',
 'government_body',
 (select id from region where slug = 'east-kazakhstan'),
 null,
 'Regional executive body. Its "Information on the cultural sphere of the region for 2023" [26] is the source of Figure 1 (cultural organisations, events and attendance), of Table 3 (cultural sector activities in 2023) and of the problems of the sphere of culture in Table 4, which the Akimat itself identified.',
 'akimat-ekr-culture-2023-text'),

-- The paper does not state the subordination; regional departments are executive bodies of the akimat,
-- and the brief treats the department as part of the Akimat.
('ekr-department-of-culture',
 'Department of Culture of East Kazakhstan Region',
 null, null,
 'government_body',
 (select id from region where slug = 'east-kazakhstan'),
 'ekr-akimat',
 'State Institution "Department of Culture of East Kazakhstan Region". In connection with its merger with the State Institution "Department for the Development of Languages of East Kazakhstan Region", the number of civil servants was reduced by 5 units, leaving an acute shortage of specialists in the unified administration (Table 4).',
 'akimat-ekr-culture-2023-table-4'),

-- The paper never says in which city "Ertis Concert" works, so it is placed in the region.
('ertis-concert',
 'Ertis Concert',
 null, null,
 'concert_organisation',
 (select id from region where slug = 'east-kazakhstan'),
 null,
 'Concert organisation of East Kazakhstan region. Concert activity in the region is represented by 130 events of "Ertis Concert" (Figure 1, data of the Akimat on the cultural sphere for 2023).',
 'akimat-ekr-culture-2023-text'),

-- parent_id: the paper names the hall and the organisation separately and does not say that one runs the
-- other; the link follows the shared name. The city of the hall is not printed either.
('ertis-concert-hall',
 'Ertis Concert Hall',
 null, null,
 'concert_hall',
 (select id from region where slug = 'east-kazakhstan'),
 'ertis-concert',
 'Concert hall where the operetta "The Bat" was first staged in 2023, with the participation of the symphony orchestra and the Altai dance group (Table 3).',
 'akimat-ekr-culture-2023-table-3'),

-- The paper says only "the regional drama theater"; it does not give the full name or the city, and it
-- does not say which of the region's drama theatres it means, so no Russian or Kazakh name is given.
('ekr-regional-drama-theatre',
 'Regional drama theatre of East Kazakhstan region',
 null, null,
 'theatre',
 (select id from region where slug = 'east-kazakhstan'),
 null,
 'The regional drama theater staged 287 performances (Figure 1, data of the Akimat on the cultural sphere for 2023). Theatres are represented singly among the 360 cultural organisations of the region at the beginning of 2024.',
 'akimat-ekr-culture-2023-text'),

-- Table 3 says only "(museum-reserve)" next to "City of Masters": the full name and the city are not printed.
('ekr-regional-museum-reserve',
 'Museum-reserve of East Kazakhstan region',
 null, null,
 'museum',
 (select id from region where slug = 'east-kazakhstan'),
 null,
 'Museum-reserve named in Table 3 as the home of "City of Masters": more than 30 events are held annually (exhibitions, fairs, master classes, trainings) to support artisans and popularise traditional crafts. The paper does not give its full name.',
 'akimat-ekr-culture-2023-table-3'),

-- Table 3 says only "the library": the full name and the city are not printed.
('ekr-regional-library',
 'Library of East Kazakhstan region',
 null, null,
 'library',
 (select id from region where slug = 'east-kazakhstan'),
 null,
 'Library named in Table 3 as the host of the educational programs "MakerSpace", "IT technologies" and "IT for Junior": training in artificial intelligence, programming, 3D printing, copywriting, SMM and mobile photography. The paper does not give its full name.',
 'akimat-ekr-culture-2023-table-3'),

-- The Russian name is the one printed in the titles of references [30] and [31] of the paper.
-- Its creation is also reported by [31] altainews-2024-center and [32] rudnyi-altai-2024-center.
('ekr-creative-industry-centre',
 'Center for the Development of the Creative Industry of East Kazakhstan Region',
 'Центр развития креативной индустрии ВКО',
 null,
 'creative_industry_centre',
 (select id from region where slug = 'east-kazakhstan'),
 null,
 'Its creation is one of the government''s implemented activities in Table 8. The Center provides the necessary resources for the implementation of creative projects and supports domestic cinematography [33]. Table 8 also lists a memorandum of cooperation between the Center for the Development of Creative Industries and the Kazakh-American Free University.',
 'altaitv-2024-center'),

-- The Russian name is the one printed in the title of reference [29] of the paper.
('ekr-creative-industries-council',
 'Council for the Development of Creative Industries',
 'Совет по развитию креативных индустрий',
 null,
 'council',
 (select id from region where slug = 'east-kazakhstan'),
 null,
 'Council for the development of creative industries created in East Kazakhstan region [29]. According to Table 8 it acts as a representative of the creative community, influencing regional policy.',
 'atameken-2023-council'),

-- The city and the Russian and Kazakh names are printed in the paper's affiliation lines.
('kazakh-american-free-university',
 'Kazakh-American Free University',
 'Казахстанско-Американский Свободный Университет',
 'Қазақстан-Американдық Еркін Университеті',
 'university',
 (select id from region where slug = 'ust-kamenogorsk'),
 null,
 'University in Ust-Kamenogorsk, the affiliation of both authors of the paper. Table 8 lists the signing of a memorandum of cooperation between the Center for the Development of Creative Industries and the Kazakh-American Free University among the universities'' implemented activities.',
 'authors-text');

-- The School of Creative Industries of reference [38] is not catalogued: the paper does not place it. The
-- address of [38] reads "opyt-shkoly-kreativnyh-industrij-nedavno-otkryvshejsja-v-ufe-izuchili-specialisty-iz-vko"
-- ("specialists from EKR studied the experience of the School of Creative Industries recently opened in Ufa";
-- the transliterated list prints "v-ufo"), which would put it outside Kazakhstan and the regions of this API.

-- ---------------------------------------------------------------------------------------------------------
-- Events

-- Table 3: cultural sector activities to develop the creative industry in EKR in 2023 (source [26]).
insert into event (id, name_en, kind, region_id, place, year, start_date, end_date, recurrence, organisation_id, organiser,
                   target_en, description_en, results_en, source_id) values
-- The paper names the place "Ulansky district" and does not say that the festival recurs.
('shygys-salburyn-2023',
 'International festival "Shygys Salburyn 2023"',
 'festival',
 (select id from region where slug = 'ulan-district'),
 'Ulansky district',
 2023, null, null, 'unknown', null, null,
 'Promotion of Kazakhstani cultural products, strengthening international cultural ties',
 'Held in the Ulansky district with the participation of representatives from Kazakhstan, Mongolia, China, Russia and Turkey. Included an exhibition of folk crafts, master classes and a visit to an ethno-aul',
 'Participants from 5 countries, popularization of nomadic culture, strengthening international cultural cooperation',
 'akimat-ekr-culture-2023-table-3'),
-- "First staged": the premiere is a one-off event. The paper names the hall as the venue, not the organiser.
('operetta-the-bat-2023',
 'Staging of the operetta "The Bat"',
 'performance',
 (select id from region where slug = 'east-kazakhstan'),
 'Ertis Concert Hall',
 2023, null, null, 'one_off', 'ertis-concert-hall', null,
 'Development of theatrical art, support of creative youth',
 'It was first staged in the Ertis Concert Hall with the participation of the symphony orchestra and the Altai dance group',
 'A successful debut, increasing interest in classical art among young people',
 'akimat-ekr-culture-2023-table-3'),
-- "More than 30 events are held annually": a programme that runs every year.
('city-of-masters-2023',
 'City of Masters',
 'museum_programme',
 (select id from region where slug = 'east-kazakhstan'),
 null,
 2023, null, null, 'annual', 'ekr-regional-museum-reserve', null,
 'Support for artisans, popularization of traditional crafts',
 'More than 30 events are held annually: exhibitions, fairs, master classes, trainings',
 'Participation of artisans, increasing interest in traditional crafts',
 'akimat-ekr-culture-2023-table-3'),
-- The paper does not say which museum holds it.
('night-at-the-museum-2023',
 'Night at the Museum',
 'museum_programme',
 (select id from region where slug = 'east-kazakhstan'),
 null,
 2023, null, null, 'annual', null, null,
 'Promotion of cultural heritage and creative industries',
 'An annual event that includes exhibitions, workshops and cultural programs',
 'Attracting a wider audience, increasing interest in museums and cultural heritage',
 'akimat-ekr-culture-2023-table-3'),
('souvenir-of-the-east-2023',
 'Festival "Souvenir of the East"',
 'festival',
 (select id from region where slug = 'east-kazakhstan'),
 null,
 2023, null, null, 'unknown', null, null,
 'Support for small and medium businesses, development of handicraft creativity',
 'Participation of artisans, experts in the field of applied arts, holding fairs and master classes',
 'Development of handicraft business, strengthening of the cultural brand of the region',
 'akimat-ekr-culture-2023-table-3'),
('library-educational-programmes-2023',
 'Educational programs in the library',
 'educational_programme',
 (select id from region where slug = 'east-kazakhstan'),
 null,
 2023, null, null, 'unknown', 'ekr-regional-library', null,
 'Development of digital skills, support for the IT industry',
 'Programs "MakerSpace", "IT technologies", "IT for Junior": training in artificial intelligence, programming, 3D printing, copywriting, SMM and mobile photography',
 'Improving digital literacy and training specialists for the creative economy',
 'akimat-ekr-culture-2023-table-3');

insert into event_country (event_id, country_code) values
('shygys-salburyn-2023', 'KZ'),
('shygys-salburyn-2023', 'MN'),
('shygys-salburyn-2023', 'CN'),
('shygys-salburyn-2023', 'RU'),
('shygys-salburyn-2023', 'TR');

-- Table 8: the one activity that is an event in its own right. The paper prints no date: the year is the
-- publication year of the cited source [36] (2024). "Participation in international events" [35] and the
-- study visit to the School of Creative Industries [38] are not single events and are kept as initiatives only.
insert into event (id, name_en, kind, region_id, place, year, start_date, end_date, recurrence, organisation_id, organiser,
                   target_en, description_en, results_en, source_id) values
('artists-craftsmen-fair-ust-kamenogorsk-2024',
 'Exhibition-fair of artists and craftsmen in the city of Ust-Kamenogorsk',
 'fair',
 (select id from region where slug = 'ust-kamenogorsk'),
 'Ust-Kamenogorsk',
 2024, null, null, 'unknown', null, null,
 null,
 'Listed in Table 8 among the business activities implemented for the development of the creative industry of the region. The paper prints no date; the year is that of the cited source [36].',
 null,
 'gurk-2024-fair');

-- Events named in the introduction.
insert into event (id, name_en, kind, region_id, place, year, start_date, end_date, recurrence, organisation_id, organiser,
                   target_en, description_en, results_en, source_id) values
('forum-creative-industries-central-asia-2023',
 'Forum of Creative Industries of Central Asia',
 'forum',
 (select id from region where slug = 'almaty'),
 'Almaty',
 2023, date '2023-11-24', date '2023-11-26', 'annual', null, null,
 null,
 'Within the framework of the annual Forum of Creative Industries of Central Asia, held in Almaty on November 24-26, 2023, experts of the panel session "Regions - Centers of Creative Industries" discussed the potential of the regions of Kazakhstan related to the development of creative industries.',
 null,
 'kapital-2023-forum');

-- Creative Central Asia Forum: "held for three consecutive years", 2017 to 2019. One row per year. The paper
-- prints neither the place nor the dates, and gives the participants (over 100) and their countries for the
-- three years together, so every year carries the same six countries.
insert into event (id, name_en, kind, region_id, place, year, start_date, end_date, recurrence, organisation_id, organiser,
                   target_en, description_en, results_en, source_id)
select 'creative-central-asia-forum-' || y,
       'Creative Central Asia Forum',
       'forum',
       null,
       null,
       y, null, null, 'annual', null, null,
       'To build an influential and active network of leaders in the creative and cultural sectors that will contribute to the growth of the ''new economy'' in the region, by organizing annual international conferences and establishing new partnerships with the United Kingdom.',
       'Edition ' || y || ' of the forum held for three consecutive years from 2017 to 2019. In Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, Turkmenistan and the United Kingdom, over 100 creative sector leaders representing a range of government agencies, private businesses and civil society organizations participated in the forum from 2017 to 2019 (the figure covers the three years together). The paper does not say where it was held.',
       null,
       'astana-times-2018'
from generate_series(2017, 2019) as y;

insert into event_country (event_id, country_code)
select 'creative-central-asia-forum-' || y, c
from generate_series(2017, 2019) as y
cross join unnest(array['KZ', 'UZ', 'KG', 'TJ', 'TM', 'GB']) as c;

-- ---------------------------------------------------------------------------------------------------------
-- Initiatives: the implemented activities of Table 8, one row per activity.
-- The Table 8 note cites [29-38] for the whole column; each activity is matched to the reference whose title
-- repeats it. year = publication year of that reference, because the paper dates none of the activities.
-- significance_en = the "Significance for the region" cell of the actor's row (one cell per actor).

insert into initiative (id, actor, year, title_en, description_en, significance_en, organisation_id, source_id) values
-- Government. [29] Atameken, 2023.
('ekr-creative-industries-council-creation', 'government', 2023,
 'Creation of a council for the development of creative industries',
 'The Council for the Development of Creative Industries acts as a representative of the creative community, influencing regional policy.',
 'The establishment of the Council for the Development of Creative Industries and the Center for the Development of the Creative Industry of East Kazakhstan Region, along with support for domestic cinema, forms a solid foundation for the development of creative business in the region. The Council acts as a representative of the creative community, influencing regional policy, and the Center provides the necessary resources for the implementation of creative projects. Support for film production strengthens cultural identity and creates new jobs. Together, these measures help unite the creative community, stimulate innovation, increase the competitiveness of regional products, attract investment, develop the economy and strengthen the cultural image of the region.',
 'ekr-creative-industries-council', 'atameken-2023-council'),
-- [30] Altaytv, 2024; the same activity is also cited to [31] altainews-2024-center and [32] rudnyi-altai-2024-center (both 2024).
('ekr-creative-industry-centre-creation', 'government', 2024,
 'Creation of the Center for the Development of the Creative Industry of East Kazakhstan Region',
 'The Center provides the necessary resources for the implementation of creative projects. Also reported by [31] and [32].',
 'The establishment of the Council for the Development of Creative Industries and the Center for the Development of the Creative Industry of East Kazakhstan Region, along with support for domestic cinema, forms a solid foundation for the development of creative business in the region. The Council acts as a representative of the creative community, influencing regional policy, and the Center provides the necessary resources for the implementation of creative projects. Support for film production strengthens cultural identity and creates new jobs. Together, these measures help unite the creative community, stimulate innovation, increase the competitiveness of regional products, attract investment, develop the economy and strengthen the cultural image of the region.',
 'ekr-creative-industry-centre', 'altaitv-2024-center'),
-- [33] AstanaTV, 2024.
('domestic-cinematography-support', 'government', 2024,
 'Support for domestic cinematography by the Creative Industry Center',
 'Support for film production strengthens cultural identity and creates new jobs.',
 'The establishment of the Council for the Development of Creative Industries and the Center for the Development of the Creative Industry of East Kazakhstan Region, along with support for domestic cinema, forms a solid foundation for the development of creative business in the region. The Council acts as a representative of the creative community, influencing regional policy, and the Center provides the necessary resources for the implementation of creative projects. Support for film production strengthens cultural identity and creates new jobs. Together, these measures help unite the creative community, stimulate innovation, increase the competitiveness of regional products, attract investment, develop the economy and strengthen the cultural image of the region.',
 'ekr-creative-industry-centre', 'astanatv-2024-cinema'),

-- Business. [34] Atameken, 2023.
('creative-industry-concept-draft', 'business', 2023,
 'Draft concept for the development of the industry with creative businessmen',
 null,
 'The proposed activities play a key role in the formation of a favorable ecosystem for creative businesses in East Kazakhstan. These initiatives not only stimulate innovation and increase the recognition of regional talents on the global stage, but also contribute to the strengthening of cultural heritage, the development of tourism and, ultimately, make a significant contribution to the socio-economic development of the region.',
 null, 'atameken-2023-concept'),
-- [35] Altai, 2024. The paper prints the same address for [35] as for [30].
('international-events-participation', 'business', 2024,
 'Participation in international events',
 null,
 'The proposed activities play a key role in the formation of a favorable ecosystem for creative businesses in East Kazakhstan. These initiatives not only stimulate innovation and increase the recognition of regional talents on the global stage, but also contribute to the strengthening of cultural heritage, the development of tourism and, ultimately, make a significant contribution to the socio-economic development of the region.',
 null, 'altaitv-2024-international'),
-- [36] Gurk, 2024. Also catalogued as the event artists-craftsmen-fair-ust-kamenogorsk-2024.
('artists-craftsmen-exhibition-fair', 'business', 2024,
 'Exhibition-fair of artists and craftsmen in the city of Ust-Kamenogorsk',
 null,
 'The proposed activities play a key role in the formation of a favorable ecosystem for creative businesses in East Kazakhstan. These initiatives not only stimulate innovation and increase the recognition of regional talents on the global stage, but also contribute to the strengthening of cultural heritage, the development of tourism and, ultimately, make a significant contribution to the socio-economic development of the region.',
 null, 'gurk-2024-fair'),
-- [37] El.kz, 2023.
('creative-entrepreneurs-registered', 'business', 2023,
 'East Kazakhstan region has registered 1,028 entrepreneurs whose activities relate to creative industry',
 null,
 'The proposed activities play a key role in the formation of a favorable ecosystem for creative businesses in East Kazakhstan. These initiatives not only stimulate innovation and increase the recognition of regional talents on the global stage, but also contribute to the strengthening of cultural heritage, the development of tourism and, ultimately, make a significant contribution to the socio-economic development of the region.',
 null, 'elkz-2023-entrepreneurs'),

-- Universities. [38] Altaynews, 2023. The paper does not place the School (see the note under the organisations).
('school-of-creative-industries-study', 'university', 2023,
 'Study of international experience at the School of Creative Industries',
 null,
 'These initiatives help to adapt best practices, expand educational opportunities for creative entrepreneurs, integrate science and creativity, and strengthen links between education and business. As a result, the region is able to accelerate the development of creative industries, increase the competitiveness of its products in the international market, and create a favorable environment for creative entrepreneurship, which ultimately contributes to strengthening the region''s economic potential and increasing its attractiveness for investment.',
 null, 'altainews-2023-school'),
-- No reference among [29-38] matches the memorandum and the paper does not date it: year null.
('creative-centre-kafu-memorandum', 'university', null,
 'Signing of a memorandum of cooperation between the Center for the Development of Creative Industries and Kazakh-American Free University',
 null,
 'These initiatives help to adapt best practices, expand educational opportunities for creative entrepreneurs, integrate science and creativity, and strengthen links between education and business. As a result, the region is able to accelerate the development of creative industries, increase the competitiveness of its products in the international market, and create a favorable environment for creative entrepreneurship, which ultimately contributes to strengthening the region''s economic potential and increasing its attractiveness for investment.',
 'kazakh-american-free-university', 'authors-table-8');

-- ---------------------------------------------------------------------------------------------------------
-- Challenges

-- Table 4: problems identified by the Akimat [26], solutions proposed by the authors. The problem areas are
-- short labels taken from the words of each problem cell; the table itself is about "the sphere of culture".
insert into challenge (id, paper_table, identified_by, solutions_by, problem_area_en, problem_en, issues_en, solutions_en, ordinal, source_id) values
('culture-material-technical-equipment', 'Table 4', 'akimat', 'authors',
 'Material and technical equipment of cultural facilities',
 'Poor material and technical equipment of cultural facilities (computer equipment, musical instruments, lighting and sound equipment, buses, etc.)',
 '{}',
 array['Development and implementation of a program for the modernization of the material and technical base of cultural institutions',
       'Allocation of targeted funding for the purchase of necessary equipment and transport',
       'Attracting sponsorship funds and grants to upgrade the material and technical base'],
 1, 'akimat-ekr-culture-2023-table-4'),
('culture-young-personnel', 'Table 4', 'akimat', 'authors',
 'Young personnel and social vulnerability of cultural workers',
 'Lack of young personnel, social vulnerability of cultural workers (service housing is not allocated for cultural workers, including young personnel)',
 '{}',
 array['Development and implementation of a program to attract and retain young personnel in the cultural sphere',
       'Provision of service housing to cultural workers, including young professionals',
       'Creation of a system of grants and scholarships for young cultural workers'],
 2, 'akimat-ekr-culture-2023-table-4'),
('culture-administration-staff-shortage', 'Table 4', 'akimat', 'authors',
 'Shortage of specialists in the culture administration',
 'In connection with the merger of the State Institution "Department for the Development of Languages of East Kazakhstan Region" with the State Institution "Department of Culture of East Kazakhstan Region", the number of civil servants was reduced by 5 units. In this regard, there is an acute shortage of specialists',
 '{}',
 array['Conducting an analysis of the staffing schedule of the unified administration and determining the required number of specialists',
       'Restoring the number of civil servants in accordance with needs',
       'Optimization of management work through the introduction of modern technologies and management methods'],
 3, 'akimat-ekr-culture-2023-table-4'),
('culture-low-wages', 'Table 4', 'akimat', 'authors',
 'Wages of cultural workers',
 'Low wages of cultural workers (technical staff)',
 '{}',
 array['Conducting an analysis of the level of wages of cultural workers and its indexation in accordance with inflation',
       'Development of a system of incentive payments and allowances for cultural workers',
       'Improving the qualifications of cultural workers and providing them with opportunities for professional development'],
 4, 'akimat-ekr-culture-2023-table-4');

-- Table 5: problems of the creative industry identified by the authors, with the authors' solutions.
-- problem_en joins the key issues with '; '.
insert into challenge (id, paper_table, identified_by, solutions_by, problem_area_en, problem_en, issues_en, solutions_en, ordinal, source_id)
select id, 'Table 5', 'authors', 'authors', area, array_to_string(issues, '; '), issues, solutions, ordinal, 'authors-table-5'
from (values
('creative-assessment-methodology', 1,
 'Methodology for assessing the creative sector',
 array['Difficulties in collecting statistics',
       'Underestimation of quality indicators (innovation, cultural influence)'],
 array['Creation of a system for data collection and analysis',
       'Implementation of metrics for assessing intangible effects']),
('creative-state-support-mechanisms', 2,
 'Mechanisms of state support',
 array['Lack of funding',
       'Lack of programs for SMEs',
       'Weak inter-industry synergy',
       'Lack of infrastructure'],
 array['Increasing budget financing and attracting private investment',
       'Creation of target programs for creative SMEs',
       'Formation of platforms for interaction between sectors',
       'Development of specialized infrastructure (coworking spaces, clusters)']),
('creative-urban-environment-tourism', 3,
 'Role in the urban environment and tourism',
 array['The impact on the image of regions has not been studied',
       'Low level of creative tourism',
       'Lack of creative clusters'],
 array['Conducting research on the influence of creative industries on image',
       'Development of tourism through the integration of cultural heritage and modern projects',
       'Creation of creative clusters and public spaces']),
('creative-human-capital', 4,
 'Development of human capital',
 array['Lack of educational programs',
       'Talent drain',
       'Underdeveloped system of retraining'],
 array['Implementation of specialized educational programs (art management, creative entrepreneurship)',
       'Develop a system of incentives to retain talent (grants, residencies)',
       'Creation of programs for advanced training and partnerships with businesses']),
('creative-intersectoral-interaction', 5,
 'Weak interaction with other sectors of the economy',
 array['Lack of integration with key sectors such as education, culture and tourism, which limits the potential for socio-economic growth of the region'],
 array['Strengthening the creative sector''s interaction with other sectors of the economy to stimulate innovation and growth through the Collaborative Ecosystem model'])
) as t (id, ordinal, area, issues, solutions);

-- ---------------------------------------------------------------------------------------------------------
-- The Collaborative Ecosystem Model

-- Table 6: participants and their contribution, actor x aspect.
insert into ecosystem_contribution (actor, aspect, contribution_en, source_id) values
('government', 'innovations',
 'Implements policies and allocates funding for research and development projects related to the creative sectors.', 'authors-table-6'),
('government', 'risk_management',
 'Ensures compliance with regulations and establishes financial security measures to reduce risks associated with innovation activities.', 'authors-table-6'),
('government', 'investments',
 'Provides tax incentives and additional benefits to encourage investment in the creative industries.', 'authors-table-6'),
('government', 'city_development',
 'Provides funding to create infrastructure that supports the growth and development of the creative industries, including cultural hubs and co-working spaces.', 'authors-table-6'),
('university', 'innovations',
 'Conducts research in creative fields, develops inventive curricula for creative disciplines and develops a culture of experimentation among students.', 'authors-table-6'),
('university', 'risk_management',
 'Integrates risk management principles into the creative arts curriculum, providing students with the necessary skills to assess and manage risks associated with creative enterprises.', 'authors-table-6'),
('university', 'investments',
 'Conducts research that provides important data and insights for investors in the creative sector.', 'authors-table-6'),
('university', 'city_development',
 'Increases the vibrancy of urban life by coordinating public events, exhibitions and performances that showcase innovative skills and abilities.', 'authors-table-6'),
('business', 'innovations',
 'Establishes partnerships with universities to implement research projects, offers students internship opportunities to gain practical experience in innovation processes, and implements cutting-edge technologies in its enterprises.', 'authors-table-6'),
('business', 'risk_management',
 'Sharing experiences and providing recommendations on how to create effective solutions to reduce risks.', 'authors-table-6'),
('business', 'investments',
 'Participation in industry events and search for investment opportunities, demonstrating the potential and capabilities of the creative sector in East Kazakhstan.', 'authors-table-6'),
('business', 'city_development',
 'Revitalizing underutilized areas, creating new employment opportunities and attracting tourists who want to immerse themselves in the city''s unique artistic offerings.', 'authors-table-6');

-- Table 7: the model under the conditions of EKR (State -> government, Universities -> university).
insert into ecosystem_adaptation (actor, role_en, examples_en, vector_en, source_id) values
('government',
 'Creation of a regulatory framework and infrastructure',
 array['Development of SME support programs (tax incentives, grants for startups)',
       'Investments in creative infrastructure (co-working spaces, cultural centers) within the growing construction sector'],
 'The outflow of population and the high concentration of resources in cities require government measures to decentralize creative initiatives (creation of art clusters in rural areas)',
 'authors-table-7'),
('university',
 'Knowledge generation and training',
 array['Launch of educational programs in art management, digital design and creative entrepreneurship',
       'Research in the field of creative industries (analysis of the cultural tourism market in East Kazakhstan region)'],
 'Declining birth rates and migration outflow require universities to become centers of attraction for talent through internships, accelerators and collaborations with businesses',
 'authors-table-7'),
('business',
 'Implementation of innovations and commercialization of ideas',
 array['Creating startups in the field of digital art, design and cultural heritage',
       'Integration of creative solutions into traditional industries (development of branding for the mining industry)'],
 'Decline in manufacturing and SMEs require businesses to diversify into creative niches',
 'authors-table-7');

-- Table 8, "Recommendations for further development", one item per row in the order printed.
insert into ecosystem_recommendation (actor, ordinal, recommendation_en, source_id) values
('government', 1, 'Development of a long-term strategy for the development of creative industries in the region with clear goals and performance indicators', 'authors-table-8'),
('government', 2, 'Increase in budget allocations to support creative projects', 'authors-table-8'),
('government', 3, 'Active attraction of private investments', 'authors-table-8'),
('government', 4, 'Participation in international projects and programs', 'authors-table-8'),
('business', 1, 'Creation of creative industries clusters', 'authors-table-8'),
('business', 2, 'Development of digital technologies in creative industries', 'authors-table-8'),
('business', 3, 'Popularization of creative professions among young people', 'authors-table-8'),
('business', 4, 'Strengthening cooperation with educational institutions', 'authors-table-8'),
('university', 1, 'Integration of the creative component into educational programs', 'authors-table-8'),
('university', 2, 'Creation of specialized educational programs', 'authors-table-8'),
('university', 3, 'Development of infrastructure for creativity', 'authors-table-8'),
('university', 4, 'Popularization of creative professions among young people', 'authors-table-8'),
('university', 5, 'International cooperation', 'authors-table-8');
