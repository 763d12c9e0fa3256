-- Issue 15: columns УО commonly have — a client's second phone, a company's КПП and ОГРН (ОГРНИП of an ИП), a premise's кадастровый номер and number of registered residents.
ALTER TABLE "clients" ADD COLUMN "extra_phone" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "kpp" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "ogrn" text;--> statement-breakpoint
ALTER TABLE "premises" ADD COLUMN "cadastral_number" text;--> statement-breakpoint
ALTER TABLE "premises" ADD COLUMN "registered_residents" integer;