-- The signData of every valid order fits: attach is at most 1024 characters, and JSON
-- escaping makes one character up to six (a control character becomes \u0001), so a
-- signData is at most about 6,500 UTF-16 units, within the platform's limit of 8192
-- characters. H2 counts UTF-16 units, PostgreSQL code points; 8192 holds it on both.
-- Runs unchanged on H2 and PostgreSQL.
alter table purchase_order alter column sign_data set data type varchar(8192);
