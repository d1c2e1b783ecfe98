-- The projects a project lead may read are found by their partner code, page by page (GET /api/projects).
CREATE INDEX status_partner_by_code ON status_partner (partner_code, project_id);
CREATE INDEX status_project_by_lead ON status_project (lead_partner, project_id);
