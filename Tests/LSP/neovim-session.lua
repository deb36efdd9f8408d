-- A scripted session in headless Neovim with its built-in client, set up as
-- editors/neovim/jobjournal.lua sets it up: open, type, hover, complete, definition, code
-- action, apply the edit, save, shutdown. Each step writes a line to $JJ_OUT; the Swift test
-- (Tests/CLITests/LanguageServerClientTests.swift) reads them.
local out = {}
local function note(line) table.insert(out, line) end
local function finish()
  vim.fn.writefile(out, os.getenv("JJ_OUT"))
  vim.cmd("qa!")
end

local ok, err = pcall(function()
  local setup = dofile(os.getenv("JJ_SETUP"))
  setup.setup({ cmd = { os.getenv("JJ_EXE"), "lsp", "--today", "2026-11-26" } })
  vim.cmd("filetype on")
  vim.cmd("edit " .. os.getenv("JJ_DIR") .. "/abc-company-senior-sales-consultant.md")
  local bufnr = vim.api.nvim_get_current_buf()
  local client
  vim.wait(10000, function()
    client = vim.lsp.buf_get_clients(bufnr)[next(vim.lsp.buf_get_clients(bufnr)) or 0]
    return client ~= nil and client.server_capabilities ~= nil and next(client.server_capabilities) ~= nil
  end)
  note("attached " .. tostring(client ~= nil))
  local uri = vim.uri_from_bufnr(bufnr)
  local function request(method, params)
    params.textDocument = { uri = uri }
    local response = client.request_sync(method, params, 10000, bufnr)
    return response and response.result
  end

  -- Type: misspell a key; check's warning comes back.
  local row = vim.fn.search("^references:") - 1
  vim.api.nvim_buf_set_text(bufnr, row, 3, row, 4, { "" })
  vim.wait(10000, function() return #vim.diagnostic.get(bufnr) > 0 end)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    note(string.format("diagnostic %d:%d %s %s", d.lnum, d.col, d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?", d.message))
  end

  -- The quick fix, applied.
  local actions = request("textDocument/codeAction", {
    range = { start = { line = row, character = 0 }, ["end"] = { line = row, character = 0 } },
    context = { diagnostics = {} },
  }) or {}
  for _, action in ipairs(actions) do
    if action.kind == "quickfix" then
      note("quickfix " .. action.title)
      vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
    end
  end
  vim.wait(10000, function() return #vim.diagnostic.get(bufnr) == 0 end)
  note("diagnostics after the fix " .. #vim.diagnostic.get(bufnr))

  local interview = vim.fn.search("- date: 2026-11-19") - 1
  local hover = request("textDocument/hover", { position = { line = interview, character = 12 } })
  note("hover " .. (hover and vim.split(hover.contents.value, "\n")[1] or "none"))

  local with = vim.fn.search("with: \\[Robert Jones\\]") - 1
  local completion = request("textDocument/completion", { position = { line = with, character = 14 } })
  local labels = {}
  for _, item in ipairs(completion and completion.items or {}) do table.insert(labels, item.label) end
  note("completion " .. table.concat(labels, ", "))

  local definition = request("textDocument/definition", { position = { line = with, character = 14 } })
  note("definition line " .. (definition and definition[1] and definition[1].range.start.line or -1)
       .. " is " .. vim.fn.getline((definition and definition[1] and definition[1].range.start.line or 0) + 1))

  -- Mark the status inquiry done, save.
  actions = request("textDocument/codeAction", {
    range = { start = { line = 0, character = 0 }, ["end"] = { line = 0, character = 0 } },
    context = { diagnostics = {} },
  }) or {}
  for _, action in ipairs(actions) do
    if vim.startswith(action.title, "Mark done: Ask Mr. Jones") then
      note("code action " .. action.title)
      vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
    end
  end
  vim.cmd("write")

  vim.lsp.stop_client(client.id)
  vim.wait(10000, function() return client.is_stopped() end)
  note("stopped " .. tostring(client.is_stopped()))
end)
if not ok then note("error " .. tostring(err)) end
finish()
