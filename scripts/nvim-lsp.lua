-- Neovim headless as a real client of `begeleid lsp` (make nvim-lsp, scripts/nvim_lsp.py).
-- Works on Neovim 0.7 (vim.lsp.start_client + buf_attach_client) and later.
-- Environment: BEGELEID_BIN, NVIM_LSP_ROOT (workspace), NVIM_LSP_FILE (a session), NVIM_LSP_OUT (result).
local bin, root = os.getenv("BEGELEID_BIN"), os.getenv("NVIM_LSP_ROOT")
local file, out = os.getenv("NVIM_LSP_FILE"), os.getenv("NVIM_LSP_OUT")

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buffer = vim.api.nvim_get_current_buf()

local function finish(lines, code)
  vim.fn.writefile(lines, out)
  vim.cmd((code == 0) and "qall!" or "cquit " .. code)
end

local client = vim.lsp.start_client({
  name = "begeleid",
  cmd = { bin, "lsp" },
  root_dir = root,
  handlers = {
    ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      -- What the editor itself now holds for the buffer: 0-based lines, byte columns.
      local lines = {}
      for _, d in ipairs(vim.diagnostic.get(buffer)) do
        local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
        table.insert(lines, string.format("%d:%d %s %d", d.lnum, d.col, code, d.severity))
      end
      table.sort(lines)
      finish(lines, 0)
    end,
  },
})
if not client then finish({ "no client" }, 3) end
vim.lsp.buf_attach_client(buffer, client)
vim.defer_fn(function() finish({ "timeout" }, 2) end, 30000)
