"""Small pieces every view uses: the light/dark theme and message boxes."""
