-- Issue 13: organisations made before the request desk get the default catalogue of request types
-- (new ones get it when created: organizationsService.create). An organisation that has any type
-- already is left alone.
INSERT INTO "request_types" ("organization_id", "name", "position")
SELECT o."id", t."name", t."position"
FROM "organizations" o
CROSS JOIN (VALUES ('Сантехника', 0), ('Электрика', 1), ('Лифт', 2), ('Уборка', 3), ('Благоустройство', 4), ('Прочее', 5)) AS t("name", "position")
WHERE NOT EXISTS (SELECT 1 FROM "request_types" r WHERE r."organization_id" = o."id");
