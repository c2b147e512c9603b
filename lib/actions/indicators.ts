"use server";

// The indicators' forms (issue 15): an agency's count of online services, and a UN survey's figures.
import { formAction } from "@/lib/commands/form-action";
import { recordServices, recordSurvey } from "@/lib/interconnection/record-indicators";

export const recordServicesAction = formAction(recordServices);
export const recordSurveyAction = formAction(recordSurvey);
