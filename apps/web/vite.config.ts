import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = process.env["BOORDTABEL_API"] ?? "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/trpc": api, "/api": api, "/healthz": api } },
  build: { outDir: "dist", sourcemap: false },
});
