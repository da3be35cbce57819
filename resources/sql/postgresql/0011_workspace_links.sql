-- Linking what a workspace's proposals created in Odoo back into the workspace, whoever executes them.
-- The executor is often staff outside a private workspace: row-level security hides the workspace from it, so a
-- plain UPDATE found no row and the link was lost. fusion_workspace_link does the one write it needs, past
-- row-level security, and only what the proposal itself proves. Discuss channels get their own proposal kind,
-- and no function of ours lets a temporary table stand in for one of our tables any more.

-- PostgreSQL looks for a table in the session's temporary schema first unless a function's search_path names
-- pg_temp, and every login may create temporary tables: a stand-in workspace_members, tenant_admins or tenants
-- made anyone an owner of every workspace, or an admin of every tenant, inside the functions the row-level
-- security policies ask (fusion_workspace_role, fusion_is_tenant_admin_of, fusion_tenant_visible, ...). Every
-- function of ours that fixes its search_path now names pg_temp last; the functions below are made so.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
              WHERE p.pronamespace = current_schema()::regnamespace
                AND 'search_path=pg_catalog, public' = ANY (p.proconfig) LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, public, pg_temp', f);
    END LOOP;
END
$$;

-- A workspace's Discuss channel was filed as kind 'project' (there was no 'channel'); earlier rows are re-filed,
-- and 'project' stays valid for everything else.
ALTER TABLE odoo_proposals DROP CONSTRAINT odoo_proposals_kind_check;
ALTER TABLE odoo_proposals ADD CONSTRAINT odoo_proposals_kind_check
    CHECK (kind IN ('partner', 'lead', 'project', 'tasks', 'activity', 'event', 'channel'));
UPDATE odoo_proposals SET kind = 'channel'
 WHERE kind = 'project' AND case_id LIKE 'workspace-%' AND operations LIKE '[{"link":"workspace:%:channel"%';

-- What makes a proposal belong to a workspace is its content and its author, so neither may change after it was
-- proposed (what a person confirmed is what runs), its author is the login that inserted it, and only the
-- session that claimed it records it as executed. Without this, anyone allowed to update proposals could dress
-- one up as a workspace's and have fusion_workspace_link write it.
CREATE FUNCTION fusion_odoo_proposal_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := session_user;
        RETURN NEW;
    END IF;
    IF (NEW.tenant_id, NEW.kind, NEW.case_id, NEW.summary, NEW.operations, NEW.created_by, NEW.created_at)
       IS DISTINCT FROM (OLD.tenant_id, OLD.kind, OLD.case_id, OLD.summary, OLD.operations, OLD.created_by,
                         OLD.created_at) THEN
        RAISE EXCEPTION 'a proposal is never changed once proposed: propose again instead'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.state = 'executed' AND NEW IS DISTINCT FROM OLD THEN
        RAISE EXCEPTION 'an executed proposal is never changed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.state = 'executed' AND OLD.state <> 'executed'
       AND NOT (OLD.state = 'executing' AND OLD.claimed_by = session_user AND NEW.claimed_by = OLD.claimed_by) THEN
        RAISE EXCEPTION 'only the session that claimed a proposal records it as executed'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER odoo_proposals_guard BEFORE INSERT OR UPDATE ON odoo_proposals
    FOR EACH ROW EXECUTE FUNCTION fusion_odoo_proposal_guard();

-- Writes into workspace `ws` the Odoo id that step `step` (counted from 1) of proposal `proposal` created, and
-- says whether it did. Everything written comes from the proposal, and only when all of these hold:
--   * the proposal is executed, and by this login (its claimer recorded the result: see the guard above);
--   * the step is a successful create of a project (project.project) or a Discuss channel (discuss.channel,
--     mail.channel before Odoo 17), and links it to this very workspace;
--   * the proposal was filed for this workspace (its case), in the workspace's tenant, by the workspace's
--     creator (WorkspaceOdoo files them as the workspace is created).
-- So it links a workspace's own proposals for whoever executed them, and can write nothing else.
-- search_path ends with pg_temp so that a caller's temporary table cannot stand in for one of ours.
CREATE FUNCTION fusion_workspace_link(ws bigint, proposal bigint, step integer) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    p public.odoo_proposals;
    op jsonb;
    target text[];
    odoo_id bigint;
    written integer;
BEGIN
    IF ws IS NULL OR proposal IS NULL OR step IS NULL OR step < 1 THEN
        RETURN false;
    END IF;
    SELECT * INTO p FROM public.odoo_proposals WHERE id = proposal;
    IF NOT FOUND OR p.state <> 'executed' OR p.decided_by <> session_user OR p.claimed_by <> session_user
       OR p.case_id <> 'workspace-' || ws THEN
        RETURN false;
    END IF;
    BEGIN
        op := p.operations::jsonb -> (step - 1);
    EXCEPTION WHEN invalid_text_representation THEN
        RETURN false;
    END;
    target := regexp_match(COALESCE(op ->> 'link', ''), '^workspace:([1-9][0-9]{0,17}):(project|channel)$');
    IF target IS NULL OR target[1]::bigint <> ws OR op ->> 'method' IS DISTINCT FROM 'create'
       OR (target[2] = 'project' AND op ->> 'model' IS DISTINCT FROM 'project.project')
       OR (target[2] = 'channel' AND COALESCE(op ->> 'model', '') NOT IN ('discuss.channel', 'mail.channel')) THEN
        RETURN false;
    END IF;
    BEGIN
        SELECT (r ->> 'record_id')::bigint INTO odoo_id
          FROM jsonb_array_elements(p.results::jsonb) AS r
         WHERE jsonb_typeof(r) = 'object' AND r ->> 'step' = step::text AND r ->> 'success' = 'true'
         LIMIT 1;
    EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range OR invalid_parameter_value THEN
        RETURN false;
    END;
    IF odoo_id IS NULL OR odoo_id <= 0 THEN
        RETURN false;
    END IF;
    IF target[2] = 'project' THEN
        UPDATE public.workspaces SET odoo_project_id = odoo_id, updated_at = now(), row_version = row_version + 1
         WHERE id = ws AND tenant_id = p.tenant_id AND created_by = p.created_by;
    ELSE
        UPDATE public.workspaces SET odoo_channel_id = odoo_id, updated_at = now(), row_version = row_version + 1
         WHERE id = ws AND tenant_id = p.tenant_id AND created_by = p.created_by;
    END IF;
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written = 1;
END
$$;
REVOKE ALL ON FUNCTION fusion_workspace_link(bigint, bigint, integer) FROM PUBLIC;
-- Those who execute proposals (odoo_proposals' UPDATE grant); finance only reads them.
GRANT EXECUTE ON FUNCTION fusion_workspace_link(bigint, bigint, integer) TO fusion_owner, fusion_operator,
      fusion_tenant_admin;
