-- make demo: a scripted walk through the interview module (grows with every feature).
\pset footer off
\echo '== utopiahire_interview demo =='
CREATE EXTENSION utopiahire_interview;
\echo
\echo 'Tables of the interview module:'
SELECT c.relname AS "table", obj_description(c.oid) AS "what it holds"
  FROM pg_class c JOIN pg_depend d ON d.objid = c.oid AND d.deptype = 'e'
 WHERE c.relkind = 'r' AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'utopiahire_interview')
 ORDER BY 1;
\echo 'The spec''s overall score of 85, 78, 90, 82, 88:'
SELECT interview_overall_score(85, 78, 90, 82, 88) AS overall;
