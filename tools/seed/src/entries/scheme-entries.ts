// Which generator writes a member's cycle under each of the eight templates.
import { collegeBranchDeclaration, collegeBranchYear } from './college-branch.entries';
import { cultureBureauDeclaration, cultureBureauYear } from './culture-bureau.entries';
import { districtOfficeDeclaration, districtOfficeYear } from './district-office.entries';
import { districtStarRatingDeclaration, districtStarRatingYear } from './district-star-rating.entries';
import { enterpriseQuarterlyDeclaration, enterpriseQuarterlyYear } from './enterprise-quarterly.entries';
import { BranchCalendar, DeclarationGenerator, YearContext, YearGenerator } from './entry-kit';
import { financeBureauDeclaration, financeBureauYear } from './finance-bureau.entries';
import { pioneerIndexDeclaration, pioneerIndexYear } from './pioneer-index.entries';
import { townAttendanceCalendar, townAttendanceDeclaration, townAttendanceYear } from './town-attendance.entries';
import type { Rand } from '../seed-random';

export type TemplateCode =
  | 'pioneer-index'
  | 'district-office'
  | 'culture-bureau'
  | 'enterprise-quarterly'
  | 'college-branch'
  | 'finance-bureau'
  | 'town-attendance'
  | 'district-star-rating';

interface SchemeEntries {
  year: YearGenerator;
  declaration: DeclarationGenerator;
  calendar?: (ctx: YearContext, rand: Rand) => BranchCalendar;
}

export const schemeEntries: Record<TemplateCode, SchemeEntries> = {
  'pioneer-index': { year: pioneerIndexYear, declaration: pioneerIndexDeclaration },
  'district-office': { year: districtOfficeYear, declaration: districtOfficeDeclaration },
  'culture-bureau': { year: cultureBureauYear, declaration: cultureBureauDeclaration },
  'enterprise-quarterly': { year: enterpriseQuarterlyYear, declaration: enterpriseQuarterlyDeclaration },
  'college-branch': { year: collegeBranchYear, declaration: collegeBranchDeclaration },
  'finance-bureau': { year: financeBureauYear, declaration: financeBureauDeclaration },
  'town-attendance': {
    year: townAttendanceYear,
    declaration: townAttendanceDeclaration,
    calendar: townAttendanceCalendar,
  },
  'district-star-rating': { year: districtStarRatingYear, declaration: districtStarRatingDeclaration },
};
