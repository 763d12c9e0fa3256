CREATE TABLE "resident_people" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"person_client_id" uuid NOT NULL,
	"guest" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resident_people_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "premise_links" RENAME COLUMN "rent_until" TO "rent_date";--> statement-breakpoint
ALTER TABLE "resident_people" ADD CONSTRAINT "resident_people_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_people" ADD CONSTRAINT "resident_people_person_fk" FOREIGN KEY ("organization_id","person_client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "resident_people_key" ON "resident_people" USING btree ("organization_id","client_id","person_client_id");--> statement-breakpoint
CREATE INDEX "resident_people_person_idx" ON "resident_people" USING btree ("organization_id","person_client_id");--> statement-breakpoint
CREATE INDEX "premise_links_rent_idx" ON "premise_links" USING btree ("rent_date") WHERE rent_date is not null;