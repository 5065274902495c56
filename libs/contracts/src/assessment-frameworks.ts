/**
 * Requests and views of assessment frameworks (platform admins author them; issue 11). The content
 * schema and the shared vocabulary live in ./self-assessment.
 */
export {};
