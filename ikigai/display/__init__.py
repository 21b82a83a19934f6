"""Pictures and tables for notebooks and terminals: flow definitions as SVG
(`ikigai.display.flow_svg`), HTML reprs (`ikigai.display.html`), the layout they share."""
