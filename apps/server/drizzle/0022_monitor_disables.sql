CREATE TABLE "monitor_disables" (
	"organization_id" uuid NOT NULL,
	"day" date NOT NULL,
	"account_id" uuid NOT NULL,
	CONSTRAINT "monitor_disables_organization_id_day_account_id_pk" PRIMARY KEY("organization_id","day","account_id")
);
--> statement-breakpoint
ALTER TABLE "monitor_disables" ADD CONSTRAINT "monitor_disables_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;