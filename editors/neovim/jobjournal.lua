-- jobjournal's language server in Neovim's built-in client (Neovim 0.7 or later).
--
--   -- in init.lua
--   dofile("/path/to/jobjournal/editors/neovim/jobjournal.lua").setup()
--   -- or with options: setup({ cmd = { "jobjournal", "lsp", "--today", "2026-11-26" } })
--
-- Every Markdown buffer inside a journal (a folder with .jobjournal.yaml above the file, or
-- the folder JOBJOURNAL_DIR names) gets the server: diagnostics as you type, K for hover,
-- completion (<C-x><C-o>), gd, gr, and code actions (vim.lsp.buf.code_action()).
local M = {}

-- The journal a file belongs to: the nearest folder upward with .jobjournal.yaml.
function M.root(path)
  local dir = vim.fn.fnamemodify(path, ":p:h")
  while true do
    if vim.fn.filereadable(dir .. "/.jobjournal.yaml") == 1 then return dir end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then break end
    dir = parent
  end
  local env = os.getenv("JOBJOURNAL_DIR")
  if env and env ~= "" and vim.startswith(vim.fn.fnamemodify(path, ":p"), vim.fn.fnamemodify(env, ":p")) then
    return vim.fn.fnamemodify(env, ":p:h")
  end
  return nil
end

local clients = {}

function M.attach(bufnr, opts)
  local root = M.root(vim.api.nvim_buf_get_name(bufnr))
  if not root then return end
  local config = { name = "jobjournal", cmd = opts.cmd or { "jobjournal", "lsp" }, root_dir = root }
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = bufnr })
    return
  end
  -- Neovim 0.7: one client a journal, started by hand.
  if not clients[root] then clients[root] = vim.lsp.start_client(config) end
  vim.lsp.buf_attach_client(bufnr, clients[root])
end

function M.setup(opts)
  opts = opts or {}
  vim.api.nvim_create_autocmd("FileType", {
    pattern = "markdown",
    callback = function(args) M.attach(args.buf, opts) end,
  })
end

return M
