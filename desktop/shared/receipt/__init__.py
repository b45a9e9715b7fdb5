"""Receipts: one document model (`document`, Qt-free), the wording the receipts share and
the store's language they are printed in (`common`), the document as HTML for the roll
(`roll_html`), one till-roll printer for every receipt (`till_roll`: an 80 or 58 mm roll,
`roll_width` the till's setting, one page as long as the receipt), the preview of the roll
(`preview`) and the panel that shows the last receipt with its print and save buttons
(`panel`). Each work area only builds its receipt's document from its own data. Pages on
A4 (the pick list) print through `sheet`; PDFs are offered the documents folder
(`save_folder`)."""
