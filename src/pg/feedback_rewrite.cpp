// The planner hook that spares interview_feedback_agg the whole-row value.
//
// interview_feedback_agg(a) takes an interview_answers row. PostgreSQL 15 evaluates a whole-row
// reference by deforming every column of the scanned row and building a flattened copy of it
// (the answer text included), for every row; the transition function then deforms that copy
// again. That costs about as much as the rest of the aggregate. The aggregate reads 13 columns,
// so before planning, this hook rewrites
//     interview_feedback_agg(a [, category])   where a is a row of the interview_answers table
// into
//     _interview_feedback_agg_columns(a.id, a.user_answer, ..., a.sentiment, category | NULL)
// an aggregate over those columns with the same state, combine, serialize and final functions
// (sql_src/51_feedback_agg_columns.sql), hence the same document. a.id is NOT NULL in the table
// (checked), so a NULL id means a NULL row (outer join), which the aggregate skips as before.
//
// The rewrite is skipped (and the query runs as written) whenever anything differs from what
// it expects: another row source (subquery, function, VALUES, join alias), DISTINCT or ORDER BY
// inside the call, a column renamed, retyped or dropped, an extension version without the
// column aggregate, a column aggregate of another owner than interview_feedback_agg's (not the
// extension's), a user without EXECUTE on both aggregates (so a plan rewritten for one role is
// not reused by another: dependsOnRole), or the GUC
// utopiahire_interview.feedback_agg_columns set to off. Column privileges are unchanged: the
// range table still records the whole-row reference the user wrote, which needs them all.
//
// Only the parse tree is changed, in place (the planner may scribble on its input), before the
// standard planner, so views, SQL and plpgsql functions and EXPLAIN all see the rewrite. A
// module loaded by its first function call installs the hook at that moment: in a session, the
// queries planned before then run as written (same results); session_preload_libraries =
// 'utopiahire_interview' installs it at connection.
//
// No C++ object lives in this file: everything here is PostgreSQL's API and may ereport.
#include "pg/postgres_headers.hpp"

extern "C" {
#include "access/htup_details.h"
#include "catalog/pg_aggregate.h"
#include "catalog/pg_attribute.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "optimizer/planner.h"
#include "parser/parsetree.h"
#include "utils/acl.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
}

#include "pg/feedback_rewrite.hpp"

#include <cstring>

namespace {

bool rewrite_enabled = true;
planner_hook_type previous_planner_hook = nullptr;

// The columns, in the argument order of _interview_feedback_agg_columns, and their types in
// the interview_answers table.
struct AnswerColumn {
    const char* name;
    Oid type;
};
const AnswerColumn answer_columns[] = {
    {"id", INT4OID}, {"user_answer", TEXTOID}, {"time_taken_seconds", INT4OID},
    {"relevance_score", INT4OID}, {"completeness_score", INT4OID}, {"clarity_score", INT4OID},
    {"technical_accuracy_score", INT4OID}, {"communication_score", INT4OID}, {"overall_score", INT4OID},
    {"strengths", JSONBOID}, {"weaknesses", JSONBOID}, {"missing_points", JSONBOID},
    {"word_count", INT4OID}, {"sentiment", VARCHAROID}};
constexpr int answer_column_count = sizeof answer_columns / sizeof answer_columns[0];
constexpr int columns_aggregate_nargs = answer_column_count + 1;   // + category text

// The queries enclosing the node being walked (innermost last), to resolve a Var's varlevelsup.
constexpr int max_query_depth = 64;
struct WalkContext {
    Query* queries[max_query_depth];
    int depth;
    bool rewritten;   // some call was rewritten (the plan then depends on the role)
};

// The column aggregate standing in for `aggref` when it calls interview_feedback_agg(row type
// [, text]) of this extension, or InvalidOid. *row_type receives the declared row type.
Oid columns_aggregate_for(const Aggref* aggref, Oid* row_type) {
    HeapTuple tuple = SearchSysCache1(PROCOID, ObjectIdGetDatum(aggref->aggfnoid));
    if (!HeapTupleIsValid(tuple)) return InvalidOid;
    const auto* proc = reinterpret_cast<Form_pg_proc>(GETSTRUCT(tuple));
    const bool ours = proc->prokind == PROKIND_AGGREGATE &&
                      std::strcmp(NameStr(proc->proname), "interview_feedback_agg") == 0 &&
                      (proc->pronargs == 1 || (proc->pronargs == 2 && proc->proargtypes.values[1] == TEXTOID));
    const Oid namespace_id = proc->pronamespace;
    const Oid owner = proc->proowner;
    *row_type = ours ? proc->proargtypes.values[0] : InvalidOid;
    ReleaseSysCache(tuple);
    if (!ours) return InvalidOid;

    Oid types[columns_aggregate_nargs];
    for (int i = 0; i < answer_column_count; ++i) types[i] = answer_columns[i].type;
    types[answer_column_count] = TEXTOID;
    oidvector* signature = buildoidvector(types, columns_aggregate_nargs);
    const Oid columns_aggregate = GetSysCacheOid3(PROCNAMEARGSNSP, Anum_pg_proc_oid,
                                                  CStringGetDatum("_interview_feedback_agg_columns"),
                                                  PointerGetDatum(signature), ObjectIdGetDatum(namespace_id));
    pfree(signature);
    if (!OidIsValid(columns_aggregate)) return InvalidOid;
    // Only an aggregate of the same owner (the extension's own): under 1.0.0, which has no
    // column aggregate, a user allowed to create functions in the extension's schema could
    // otherwise plant one there and have every caller of interview_feedback_agg run it.
    tuple = SearchSysCache1(PROCOID, ObjectIdGetDatum(columns_aggregate));
    if (!HeapTupleIsValid(tuple)) return InvalidOid;
    const auto* columns_proc = reinterpret_cast<Form_pg_proc>(GETSTRUCT(tuple));
    const bool trusted = columns_proc->prokind == PROKIND_AGGREGATE && columns_proc->proowner == owner;
    ReleaseSysCache(tuple);
    return trusted ? columns_aggregate : InvalidOid;
}

// A Var of column `column` of the relation `relid` (range table entry varno, levelsup), or
// nullptr when the column is missing or has another type (or, for id, may be NULL).
Var* answer_column_var(Oid relid, const AnswerColumn& column, Index varno, Index levelsup) {
    HeapTuple tuple = SearchSysCacheAttName(relid, column.name);
    if (!HeapTupleIsValid(tuple)) return nullptr;
    const auto* attribute = reinterpret_cast<Form_pg_attribute>(GETSTRUCT(tuple));
    Var* var = nullptr;
    const bool must_be_not_null = std::strcmp(column.name, "id") == 0;
    if (attribute->atttypid == column.type && (!must_be_not_null || attribute->attnotnull))
        var = makeVar(varno, attribute->attnum, attribute->atttypid, attribute->atttypmod,
                      attribute->attcollation, levelsup);
    ReleaseSysCache(tuple);
    return var;
}

// Rewrites `aggref` in place when it is interview_feedback_agg over a table row (see the top).
void rewrite_aggref(Aggref* aggref, WalkContext* context) {
    if (aggref->aggkind != AGGKIND_NORMAL || aggref->aggdistinct != NIL || aggref->aggorder != NIL ||
        aggref->aggdirectargs != NIL || aggref->aggstar || aggref->aggvariadic ||
        aggref->aggsplit != AGGSPLIT_SIMPLE)
        return;
    const int nargs = list_length(aggref->args);
    if (nargs != 1 && nargs != 2) return;
    const auto* row_arg = static_cast<TargetEntry*>(linitial(aggref->args));
    if (!IsA(row_arg->expr, Var)) return;
    const Var* row = reinterpret_cast<const Var*>(row_arg->expr);
    if (row->varattno != InvalidAttrNumber || static_cast<int>(row->varlevelsup) >= context->depth) return;

    Oid row_type = InvalidOid;
    const Oid columns_aggregate = columns_aggregate_for(aggref, &row_type);
    if (!OidIsValid(columns_aggregate) || row->vartype != row_type) return;
    const Query* owner = context->queries[context->depth - 1 - static_cast<int>(row->varlevelsup)];
    if (row->varno < 1 || row->varno > list_length(owner->rtable)) return;
    const RangeTblEntry* rte = rt_fetch(row->varno, owner->rtable);
    if (rte->rtekind != RTE_RELATION || get_rel_type_id(rte->relid) != row_type) return;
    // The executor checks EXECUTE on the aggregate it runs: the one written must be allowed too.
    if (pg_proc_aclcheck(aggref->aggfnoid, GetUserId(), ACL_EXECUTE) != ACLCHECK_OK ||
        pg_proc_aclcheck(columns_aggregate, GetUserId(), ACL_EXECUTE) != ACLCHECK_OK)
        return;

    List* args = NIL;
    List* arg_types = NIL;
    for (int i = 0; i < answer_column_count; ++i) {
        Var* column = answer_column_var(rte->relid, answer_columns[i], row->varno, row->varlevelsup);
        if (column == nullptr) return;   // the palloc'd bits are the planner's garbage
        args = lappend(args, makeTargetEntry(reinterpret_cast<Expr*>(column), static_cast<AttrNumber>(i + 1), nullptr, false));
        arg_types = lappend_oid(arg_types, answer_columns[i].type);
    }
    Expr* category = nargs == 2
        ? static_cast<TargetEntry*>(lsecond(aggref->args))->expr
        : reinterpret_cast<Expr*>(makeNullConst(TEXTOID, -1, DEFAULT_COLLATION_OID));
    args = lappend(args, makeTargetEntry(category, columns_aggregate_nargs, nullptr, false));
    arg_types = lappend_oid(arg_types, TEXTOID);

    aggref->aggfnoid = columns_aggregate;
    aggref->args = args;
    aggref->aggargtypes = arg_types;
    // The transition function compares no text, so the inputs' collations do not matter.
    aggref->inputcollid = InvalidOid;
    context->rewritten = true;
}

// PostgreSQL 15 declares walkers as bool (*)() (no prototype): the walker is cast through
// void (*)() to say that the mismatch is meant; it is called as bool (Node*, void*).
bool rewrite_walker(Node* node, void* context_arg);
bool (*const walker_arg)() = reinterpret_cast<bool (*)()>(reinterpret_cast<void (*)()>(rewrite_walker));

bool rewrite_walker(Node* node, void* context_arg) {
    auto* context = static_cast<WalkContext*>(context_arg);
    if (node == nullptr) return false;
    if (IsA(node, Query)) {
        if (context->depth == max_query_depth) return false;   // deeper queries run as written
        context->queries[context->depth++] = reinterpret_cast<Query*>(node);
        query_tree_walker(reinterpret_cast<Query*>(node), walker_arg, context, 0);
        --context->depth;
        return false;
    }
    if (IsA(node, Aggref)) rewrite_aggref(reinterpret_cast<Aggref*>(node), context);
    return expression_tree_walker(node, walker_arg, context);
}

PlannedStmt* feedback_planner(Query* parse, const char* query_string, int cursor_options, ParamListInfo params) {
    WalkContext context;
    context.depth = 0;
    context.rewritten = false;
    if (rewrite_enabled) rewrite_walker(reinterpret_cast<Node*>(parse), &context);
    PlannedStmt* plan = previous_planner_hook != nullptr
                            ? previous_planner_hook(parse, query_string, cursor_options, params)
                            : standard_planner(parse, query_string, cursor_options, params);
    // The rewrite was decided on the current role's EXECUTE privileges, and the executor checks
    // only the aggregate the plan runs: a cached plan (PREPARE, plpgsql) must not be reused by
    // another role (SET ROLE, SECURITY DEFINER), or a role denied interview_feedback_agg would
    // run it through the column aggregate. The plan cache replans for a new role.
    if (context.rewritten) plan->dependsOnRole = true;
    return plan;
}

}  // namespace

void utopiahire::pg::install_feedback_rewrite() {
    DefineCustomBoolVariable(
        "utopiahire_interview.feedback_agg_columns",
        "Runs interview_feedback_agg over a table row as an aggregate of the columns it reads.",
        "Same results; off runs the whole-row aggregate as written (slower).",
        &rewrite_enabled, true, PGC_USERSET, 0, nullptr, nullptr, nullptr);
    previous_planner_hook = planner_hook;
    planner_hook = feedback_planner;
}
