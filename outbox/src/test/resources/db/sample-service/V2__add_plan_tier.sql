ALTER TABLE plan ADD COLUMN tier varchar(20);
