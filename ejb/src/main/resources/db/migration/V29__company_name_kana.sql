-- The company's name in katakana (フリガナ), as staff search by it: optional, stored as the console normalises
-- it (full-width katakana, no spaces), so that hiragana, half-width kana or spaced input all find it.
alter table company add column name_kana varchar(200);
