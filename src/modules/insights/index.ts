// What other modules may import from insights; filled as the module's API takes shape.
export {};
