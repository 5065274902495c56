/**
 * Requests and views of a school's assessment rounds and of the anonymous respondent's pages
 * (issue 11). The shared vocabulary and the results view live in ./self-assessment.
 */
export {};
