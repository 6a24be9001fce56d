import { collegeBranch } from './college-branch.template';
import { cultureBureau } from './culture-bureau.template';
import { districtOffice } from './district-office.template';
import { districtStarRating } from './district-star-rating.template';
import { enterpriseQuarterly } from './enterprise-quarterly.template';
import { financeBureau } from './finance-bureau.template';
import { pioneerIndex } from './pioneer-index.template';
import { SchemeTemplate } from './scheme-template';
import { townAttendance } from './town-attendance.template';

/** The eight templates that ship with the product (DOMAIN.md T1–T8), in that order. */
export const schemeTemplates: readonly SchemeTemplate[] = [
  pioneerIndex,
  districtOffice,
  cultureBureau,
  enterpriseQuarterly,
  collegeBranch,
  financeBureau,
  townAttendance,
  districtStarRating,
];

export function templateByCode(code: string): SchemeTemplate | undefined {
  return schemeTemplates.find((t) => t.code === code);
}
