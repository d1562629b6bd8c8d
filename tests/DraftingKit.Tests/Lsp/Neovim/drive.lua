-- Drives Neovim's built-in LSP client against `draftkit lsp`, as a drafter would: open a template with planted
-- slips, wait for the diagnostics, apply the quick fix of one, save, ask for a hover and a completion. Each step
-- writes "name=value" lines to $DRAFTKIT_RESULT; NeovimClientTests reads them and judges. Runs headless:
--   DRAFTKIT_DLL=… DRAFTKIT_DRAFT=… DRAFTKIT_RESULT=… nvim --headless --clean -u NONE -c "luafile drive.lua"
local dll = os.getenv("DRAFTKIT_DLL")
local draft = os.getenv("DRAFTKIT_DRAFT")
local result_path = os.getenv("DRAFTKIT_RESULT")
local lines = {}

local function record(name, value)
  table.insert(lines, name .. "=" .. tostring(value):gsub("\n", "\\n"))
end

local function finish()
  local file = io.open(result_path, "w")
  file:write(table.concat(lines, "\n") .. "\n")
  file:close()
  vim.cmd("qall!")
end

-- Every publish the server sends, as "version:codes", so that the run waits on the server's answer to the fix rather
-- than on a clock, and a failure says what the server said.
local published = {}
local last_version = -1
local show = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, context, config)
  local codes = {}
  for _, diagnostic in ipairs(result and result.diagnostics or {}) do table.insert(codes, diagnostic.code) end
  table.insert(published, tostring(result and result.version) .. ":" .. table.concat(codes, ","))
  last_version = math.max(last_version, result and result.version or -1)
  return show(err, result, context, config)
end

local ok, problem = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(draft))
  local buffer = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = "draftkit",
    cmd = { "dotnet", dll, "lsp", "--stdio" },
    root_dir = vim.fn.fnamemodify(draft, ":h"),
  })
  record("started", client_id ~= nil)
  vim.lsp.buf_attach_client(buffer, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  -- 1. Diagnostics on open.
  local arrived = vim.wait(60000, function() return #vim.diagnostic.get(buffer) >= 3 end, 50)
  record("diagnostics_arrived", arrived)
  local codes = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
    table.insert(codes, diagnostic.code .. "@" .. (diagnostic.lnum + 1) .. ":" .. (diagnostic.col + 1))
  end
  table.sort(codes)
  record("diagnostics", table.concat(codes, ","))

  -- 2. The quick fix of the DK2004 finding, applied by the client, then saved.
  local ladder
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
    if diagnostic.code == "DK2004" then ladder = diagnostic end
  end
  local range = {
    start = { line = ladder.lnum, character = ladder.col },
    ["end"] = { line = ladder.end_lnum, character = ladder.end_col },
  }
  local answer = client.request_sync("textDocument/codeAction", {
    textDocument = { uri = vim.uri_from_bufnr(buffer) },
    range = range,
    context = { diagnostics = { ladder.user_data.lsp } },
  }, 20000, buffer)
  local applied = false
  for _, action in ipairs(answer.result or {}) do
    record("action", action.title)
    if not applied and action.title:find("^Fix DK2004") then
      vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
      applied = true
    end
  end
  record("fix_applied", applied)
  local edited = vim.lsp.util.buf_versions[buffer]
  vim.cmd("write")

  -- The fix is a change like any other: the server checks the edited version and publishes it without the finding.
  record("checked_after_fix", vim.wait(120000, function() return last_version >= edited end, 50))
  local cleared = true
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
    if diagnostic.code == "DK2004" then cleared = false end
  end
  record("finding_cleared", cleared)
  record("published", "edited " .. tostring(edited) .. "; " .. table.concat(published, " | "))

  -- 3. Hover on the lead "Recalling" (line 13, column 3).
  local hover = client.request_sync("textDocument/hover", {
    textDocument = { uri = vim.uri_from_bufnr(buffer) },
    position = { line = 12, character = 3 },
  }, 20000, buffer)
  record("hover", hover.result and hover.result.contents.value or "none")

  -- 4. Completion: the user opens a new operative paragraph after "Also requests".
  vim.api.nvim_buf_set_lines(buffer, 19, 19, false, { "5. *", "" })
  local completion = client.request_sync("textDocument/completion", {
    textDocument = { uri = vim.uri_from_bufnr(buffer) },
    position = { line = 19, character = 4 },
  }, 20000, buffer)
  local items = completion.result and (completion.result.items or completion.result) or {}
  local labels = {}
  for index = 1, math.min(3, #items) do table.insert(labels, items[index].label) end
  record("completion", table.concat(labels, "|"))

  vim.lsp.stop_client(client_id)
end)

if not ok then record("error", problem) end
finish()
