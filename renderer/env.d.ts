/// <reference types="vite/client" />
// Vite's client types: CSS and JSON imports in the renderer.
