-- A resolution keeps its link to the council's record (OParl): paper, agenda item, files and the decision's text.
ALTER TABLE resolution ADD COLUMN council_paper VARCHAR(2000);
ALTER TABLE resolution ADD COLUMN council_agenda_item VARCHAR(2000);
ALTER TABLE resolution ADD COLUMN council_files TEXT;
ALTER TABLE resolution ADD COLUMN resolution_text TEXT;
