// The design system imports its stylesheet for its side effect (Vite bundles it; Jest maps it to a stub).
declare module '*.css' {}
