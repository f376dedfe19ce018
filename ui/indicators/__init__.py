"""Indicator charts; pyqtgraph is imported by indicator_plot.py only, when a chart is first shown."""
