-- attach (at most 1024) and signData (at most 8192) are limited in characters: Unicode code
-- points, as the pre-order check counts them. PostgreSQL's varchar counts code points, H2's
-- counts UTF-16 units, in which a character outside the Basic Multilingual Plane (an emoji)
-- takes two; so each column holds twice its limit, and every value the check accepts is
-- stored on both. Runs unchanged on H2 and PostgreSQL.
alter table payment alter column attach set data type varchar(2048);
alter table payment alter column sign_data set data type varchar(16384);
