<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/about_dialog.py" line="+22"/>
        <source>Comptoir %1</source>
        <translation>Comptoir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline-first bookkeeping and treasury for small businesses. Your books stay in one file on your computer.</source>
        <translation>Offline-first bookkeeping and treasury for small businesses. Your books stay in one file on your computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open ledger: %1</source>
        <translation>Open ledger: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Comptoir</source>
        <translation>About Comptoir</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../ui/common/account_picker.py" line="+85"/>
        <source>All accounts (or a code prefix, e.g. 6)</source>
        <extracomment>Between code and name in pickers: &quot;512 — Banques&quot;. The chosen code or prefix, or ``None`` for all accounts.</extracomment>
        <translation>All accounts (or a code prefix, e.g. 6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a code or part of a name</source>
        <translation>Type a code or part of a name</translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message>
        <location filename="../ui/tabs/accounts/models.py" line="+138"/>
        <source>Code</source>
        <extracomment>Debit minus credit at the chosen date, sub-accounts included.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit balance</source>
        <translation>Debit balance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit balance</source>
        <translation>Credit balance</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>AccountTypes</name>
    <message>
        <location line="-146"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liability</source>
        <translation>Liability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equity</source>
        <translation>Equity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
</context>
<context>
    <name>AccountsSelector</name>
    <message>
        <location filename="../ui/tabs/dashboard/view.py" line="+94"/>
        <source>All accounts</source>
        <extracomment>Emitted with the chosen ids (``None`` for all accounts).</extracomment>
        <translation>All accounts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 accounts</source>
        <translation>%1 of %2 accounts</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../ui/tabs/accounts/tab.py" line="+134"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../ui/tabs/accounts/view.py" line="+27"/>
        <source>Add sub-account</source>
        <translation>Add sub-account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search code or name</source>
        <translation>Search code or name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Balances at</source>
        <translation>Balances at</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/action_dialog.py" line="+55"/>
        <source>Record an action with %1</source>
        <extracomment>The action recorded, once accepted.</extracomment>
        <translation>Record an action with %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer&apos;s account as a whole</source>
        <translation>The customer's account as a whole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (open %2)</source>
        <translation>%1 (open %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promised for</source>
        <translation>&amp;Promised for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised a&amp;mount</source>
        <translation>Promised a&amp;mount</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A dispute is about an invoice: choose it.</source>
        <translation>A dispute is about an invoice: choose it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the note.</source>
        <translation>Write the note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say when the customer promised to pay.</source>
        <translation>Say when the customer promised to pay.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid amount.</source>
        <translation>“%1” is not a valid amount.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../ui/tabs/accounts/dialogs/account_dialogs.py" line="+47"/>
        <source>Add sub-account</source>
        <translation>Add sub-account</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Parent account</source>
        <translation>Parent account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The code must start with %1 and be longer</source>
        <translation>The code must start with %1 and be longer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account needs a name</source>
        <translation>The account needs a name</translation>
    </message>
</context>
<context>
    <name>AgedBalancePage</name>
    <message>
        <location filename="../ui/tabs/receivables/aged_balance.py" line="+97"/>
        <source>Days past the due date</source>
        <extracomment>The export formats, by file suffix. The user asked to see a document of the drill-down: (customer id, number). The job computing the trend, while it runs; its result once done. The job writing an export, while it runs.</extracomment>
        <translation>Days past the due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since the invoice date</source>
        <translation>Days since the invoice date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day of each bucket, separated by commas (up to 11: 12 buckets)</source>
        <translation>The last day of each bucket, separated by commas (up to 11: 12 buckets)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel, CSV or PDF, with the invoices of each customer</source>
        <translation>Excel, CSV or PDF, with the invoices of each customer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;As of</source>
        <translation>&amp;As of</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Buckets (days)</source>
        <translation>&amp;Buckets (days)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>As of %1: %2 customers · open invoices %3 · overdue %4 · balance %5</source>
        <translation>As of %1: %2 customers · open invoices %3 · overdue %4 · balance %5</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select a customer to see its open invoices.</source>
        <translation>Select a customer to see its open invoices.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: open invoices and credit</source>
        <translation>%1: open invoices and credit</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Computing the month-end totals…</source>
        <translation>Computing the month-end totals…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open invoices at each month end, as they stood that day</source>
        <translation>Open invoices at each month end, as they stood that day</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Aged balance %1.xlsx</source>
        <translation>Aged balance %1.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the aged balance</source>
        <translation>Export the aged balance</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exporting the aged balance…</source>
        <translation>Exporting the aged balance…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The aged balance is written to %1</source>
        <translation>The aged balance is written to %1</translation>
    </message>
</context>
<context>
    <name>AgedTrendChart</name>
    <message>
        <location filename="../ui/tabs/receivables/chart.py" line="+62"/>
        <source>Month-end totals, %1 – %2</source>
        <extracomment>From what is not due to the oldest debts.</extracomment>
        <translation>Month-end totals, %1 – %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Doubtful</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open (%1)</source>
        <translation>Open (%1)</translation>
    </message>
</context>
<context>
    <name>ApplyCreditDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/credit_dialogs.py" line="+85"/>
        <source>Apply the credit of %1</source>
        <extracomment>The matching written, once accepted.</extracomment>
        <translation>Apply the credit of %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Propose again</source>
        <translation>&amp;Propose again</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Applied %1 of %2</source>
        <translation>Applied %1 of %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no credit to apply.</source>
        <translation>%1 has no credit to apply.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no open invoice.</source>
        <translation>%1 has no open invoice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice %1 has only %2 left to pay.</source>
        <translation>Invoice %1 has only %2 left to pay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 of credit is available.</source>
        <translation>Only %1 of credit is available.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the invoices to settle.</source>
        <translation>Tick the invoices to settle.</translation>
    </message>
</context>
<context>
    <name>CancelInvoiceDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/cancel_invoice_dialog.py" line="+35"/>
        <source>Cancel invoice %1</source>
        <extracomment>The credit note, once posted.</extracomment>
        <translation>Cancel invoice %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice %1 of %2 to %3: %4, of which %5 is still open.</source>
        <translation>Invoice %1 of %2 to %3: %4, of which %5 is still open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A credit note of all its lines is posted and settles what is open. What was already paid stays as customer credit, to apply or refund.</source>
        <translation>A credit note of all its lines is posted and settles what is open. What was already paid stays as customer credit, to apply or refund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credit note&apos;s number</source>
        <translation>The credit note's number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why, e.g. goods returned</source>
        <translation>Why, e.g. goods returned</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Post the credit note</source>
        <translation>Post the credit note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credit note &amp;number</source>
        <translation>Credit note &amp;number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the credit note&apos;s number.</source>
        <translation>Type the credit note's number.</translation>
    </message>
</context>
<context>
    <name>CancelPaymentDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/credit_dialogs.py" line="+138"/>
        <source>Cancel payment %1</source>
        <extracomment>The payment as cancelled, once posted.</extracomment>
        <translation>Cancel payment %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment %1 of %2 from %3: %4.</source>
        <translation>Payment %1 of %2 from %3: %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The movement is reversed and the invoices it settled are open again. A receipt keeps its number and prints void.</source>
        <translation>The movement is reversed and the invoices it settled are open again. A receipt keeps its number and prints void.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why, e.g. cheque returned unpaid</source>
        <translation>Why, e.g. cheque returned unpaid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the payment</source>
        <translation>Cancel the payment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say why the payment is cancelled.</source>
        <translation>Say why the payment is cancelled.</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/category_dialog.py" line="+167"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>A category says which account money in or out is booked to, and its usual VAT rate. Deactivated categories are no longer offered; their movements stay.</source>
        <translation>A category says which account money in or out is booked to, and its usual VAT rate. Deactivated categories are no longer offered; their movements stay.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>CategoriesModel</name>
    <message>
        <location filename="../ui/tabs/treasury/models.py" line="+282"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate (%)</source>
        <translation>VAT rate (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/category_dialog.py" line="-168"/>
        <source>New category</source>
        <extracomment>The category as saved, once accepted.</extracomment>
        <translation>New category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Office supplies</source>
        <translation>e.g. Office supplies</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The income, expense or third-party account the money is booked to</source>
        <translation>The income, expense or third-party account the money is booked to</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Direction</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT rate (%)</source>
        <translation>&amp;VAT rate (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movements already recorded keep the account they were booked to; a change applies from the next one.</source>
        <translation>Movements already recorded keep the account they were booked to; a change applies from the next one.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The category needs a name.</source>
        <translation>The category needs a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the account the money is booked to.</source>
        <translation>Choose the account the money is booked to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VAT rate is a number from 0 to 100.</source>
        <translation>The VAT rate is a number from 0 to 100.</translation>
    </message>
</context>
<context>
    <name>CellLinesDialog</name>
    <message>
        <location filename="../ui/tabs/dashboard/dialogs/cell_lines_dialog.py" line="+57"/>
        <source>of which planned: %1</source>
        <translation>of which planned: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a line to open the movement.</source>
        <translation>Double-click a line to open the movement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a line to open the movement. Planned lines are recurring items: they are not in the books yet.</source>
        <translation>Double-click a line to open the movement. Planned lines are recurring items: they are not in the books yet.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Lines: %1 · total %2</source>
        <translation>Lines: %1 · total %2</translation>
    </message>
</context>
<context>
    <name>CellLinesModel</name>
    <message>
        <location filename="../ui/tabs/dashboard/models.py" line="+300"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planned: a recurring item, not in the books</source>
        <translation>Planned: a recurring item, not in the books</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../ui/shell/new_ledger_wizard.py" line="+101"/>
        <source>Country and chart of accounts</source>
        <translation>Country and chart of accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart of accounts, the base currency and the first month of the fiscal year cannot be changed later.</source>
        <translation>The chart of accounts, the base currency and the first month of the fiscal year cannot be changed later.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Chart of accounts:</source>
        <translation>&amp;Chart of accounts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;currency:</source>
        <translation>Base &amp;currency:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number and date &amp;format:</source>
        <translation>Number and date &amp;format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year &amp;starts in:</source>
        <translation>Fiscal year &amp;starts in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of documents:</source>
        <translation>&amp;Language of documents:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No chart of accounts is installed.</source>
        <translation>No chart of accounts is installed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an ISO 4217 currency code (for example EUR, RON, DZD).</source>
        <translation>“%1” is not an ISO 4217 currency code (for example EUR, RON, DZD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a known locale (for example fr_FR, ro_RO, en_US).</source>
        <translation>“%1” is not a known locale (for example fr_FR, ro_RO, en_US).</translation>
    </message>
</context>
<context>
    <name>CollectionsTab</name>
    <message>
        <location filename="../ui/tabs/receivables/tab.py" line="+111"/>
        <source>Aged balance</source>
        <extracomment>Typing in the search field waits this long for a pause before querying. The invoice and payment lists show at most this many rows (newest first). Errors a print can end with; anything else is a bug and surfaces.</extracomment>
        <translation>Aged balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dunning</source>
        <translation>Dunning</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Customers: %1 · they owe %2 · credit held %3</source>
        <extracomment>Pages to re-read when they are next shown.</extracomment>
        <translation>Customers: %1 · they owe %2 · credit held %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No customer selected</source>
        <translation>No customer selected</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open invoices %1 · credit %2 · balance %3</source>
        <translation>Open invoices %1 · credit %2 · balance %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>limit %1</source>
        <translation>limit %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 events · balance %2</source>
        <translation>%1 events · balance %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Statement %1 %2</source>
        <translation>Statement %1 %2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Documents: %1 · open %2 · overdue %3</source>
        <translation>Documents: %1 · open %2 · overdue %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>only the latest are shown: narrow the filters</source>
        <translation>only the latest are shown: narrow the filters</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Invoice %1 is posted, and takes %2 over its credit limit of %3 (it owes %4 now).</source>
        <translation>Invoice %1 is posted, and takes %2 over its credit limit of %3 (it owes %4 now).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Imported: %1 invoices and %2 credit notes; %3 new customers.</source>
        <translation>Imported: %1 invoices and %2 credit notes; %3 new customers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over the credit limit: %1.</source>
        <translation>Over the credit limit: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Payments: %1 · received %2 · on account %3</source>
        <translation>Payments: %1 · received %2 · on account %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 stays as credit of %2, to apply or refund later.</source>
        <translation>%1 stays as credit of %2, to apply or refund later.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cash box now holds more than its limit: take money to the bank.</source>
        <translation>The cash box now holds more than its limit: take money to the bank.</translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <location filename="../ui/tabs/receivables/view.py" line="+313"/>
        <source>Customers</source>
        <extracomment>Pages added by the tab: their indexes, once added.</extracomment>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
</context>
<context>
    <name>CompanyFields</name>
    <message>
        <location filename="../ui/shell/company_fields.py" line="+23"/>
        <source>Français</source>
        <extracomment>Each language named in itself, as language pickers do.</extracomment>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Română</source>
        <translation>Română</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../ui/shell/new_ledger_wizard.py" line="-100"/>
        <source>Company</source>
        <extracomment>Style of the inline validation messages under the fields.</extracomment>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who keeps these books. Everything but the name can be changed later in the settings.</source>
        <translation>Who keeps these books. Everything but the name can be changed later in the settings.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company &amp;name:</source>
        <translation>Company &amp;name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registration number:</source>
        <translation>&amp;Registration number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT number:</source>
        <translation>&amp;VAT number:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The company needs a name.</source>
        <translation>The company needs a name.</translation>
    </message>
</context>
<context>
    <name>CustomerCombo</name>
    <message>
        <location filename="../ui/tabs/receivables/widgets.py" line="+100"/>
        <source>Type part of the name</source>
        <extracomment>The warning strip (credit limit exceeded, cash limit…), as in the Bank &amp; cash tab.</extracomment>
        <translation>Type part of the name</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/customer_dialog.py" line="+82"/>
        <source>New customer</source>
        <extracomment>The languages letters, statements and receipts are written in. The customer as saved, once accepted.</extracomment>
        <translation>New customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its code in the sales program (optional)</source>
        <translation>Its code in the sales program (optional)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never remind</source>
        <translation>Never remind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to level 1</source>
        <translation>Up to level 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to level 2</source>
        <translation>Up to level 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to level 3 (all letters)</source>
        <translation>Up to level 3 (all letters)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xcluded from dunning runs</source>
        <translation>E&amp;xcluded from dunning runs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addr&amp;ess</source>
        <translation>Addr&amp;ess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry</source>
        <translation>Co&amp;untry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registration ID</source>
        <translation>&amp;Registration ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT number</source>
        <translation>&amp;VAT number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Letter language</source>
        <translation>&amp;Letter language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment &amp;terms</source>
        <translation>Payment &amp;terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit l&amp;imit</source>
        <translation>Credit l&amp;imit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dunning</source>
        <translation>&amp;Dunning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Type the customer&apos;s name.</source>
        <translation>Type the customer's name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid amount.</source>
        <translation>“%1” is not a valid amount.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../ui/tabs/receivables/view.py" line="-249"/>
        <source>Search a name, code or tax ID</source>
        <translation>Search a name, code or tax ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer…</source>
        <translation>New customer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>Mark doubtful…</source>
        <translation>Mark doubtful…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Move the customer&apos;s balance to the doubtful customers account</source>
        <translation>Move the customer's balance to the doubtful customers account</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>New invoice…</source>
        <translation>New invoice…</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+78"/>
        <source>Record payment…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Apply credit…</source>
        <translation>Apply credit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settle open invoices with the customer&apos;s unapplied credit</source>
        <translation>Settle open invoices with the customer's unapplied credit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund credit…</source>
        <translation>Refund credit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay the customer&apos;s unapplied credit back</source>
        <translation>Pay the customer's unapplied credit back</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>From (— : since the first document)</source>
        <translation>From (— : since the first document)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To (— : up to today)</source>
        <translation>To (— : up to today)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement of account</source>
        <translation>Statement of account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement for the dates shown (this year when none), in the customer&apos;s language</source>
        <translation>The statement for the dates shown (this year when none), in the customer's language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview and print…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <location filename="../ui/tabs/dashboard/chart.py" line="+62"/>
        <source>Money in</source>
        <translation>Money in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money out</source>
        <translation>Money out</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In / out (%1)</source>
        <translation>In / out (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance (%1)</source>
        <translation>Balance (%1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Balance (forecast)</source>
        <translation>Balance (forecast)</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../ui/tabs/dashboard/tab.py" line="+97"/>
        <source>Opening balance on %1: %2</source>
        <extracomment>The day the figures were read on: it splits actual months from forecast ones.</extracomment>
        <translation>Opening balance on %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forecast from %1</source>
        <translation>Forecast from %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Treasury %1.xlsx</source>
        <translation>Treasury %1.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the dashboard</source>
        <translation>Export the dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashboard was saved to
%1</source>
        <translation>The dashboard was saved to
%1</translation>
    </message>
</context>
<context>
    <name>DashboardTableModel</name>
    <message>
        <location filename="../ui/tabs/dashboard/models.py" line="-166"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forecast</source>
        <translation>forecast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forecast: recurring items planned for this month</source>
        <translation>Forecast: recurring items planned for this month</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Click to list the planned items and movements</source>
        <translation>Click to list the planned items and movements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list the movements</source>
        <translation>Click to list the movements</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Money in</source>
        <extracomment>The tint of forecast months (the Excel export uses the same). Negative figures in red (net, balance, VAT due). The fixed lines of the table (categories are data).</extracomment>
        <translation>Money in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total in</source>
        <translation>Total in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Money out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total out</source>
        <translation>Total out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance (cumulative)</source>
        <translation>Balance (cumulative)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxes to pay</source>
        <translation>Taxes to pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT collected</source>
        <translation>VAT collected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT deductible</source>
        <translation>VAT deductible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT due</source>
        <translation>VAT due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp duty</source>
        <translation>Stamp duty</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ui/tabs/dashboard/view.py" line="+9"/>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recurring items…</source>
        <translation>Recurring items…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rent, salaries and other planned amounts that make the forecast</source>
        <translation>Rent, salaries and other planned amounts that make the forecast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the dashboard as an Excel workbook</source>
        <translation>Save the dashboard as an Excel workbook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast (from recurring items)</source>
        <translation>Forecast (from recurring items)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <location filename="../ui/tabs/vouchers/dialogs/document_settings_dialog.py" line="+23"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (148 × 210 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm receipt roll</source>
        <translation>80 mm receipt roll</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Document settings</source>
        <translation>Document settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The paper each kind of document is printed on.</source>
        <translation>The paper each kind of document is printed on.</translation>
    </message>
</context>
<context>
    <name>DoubtfulDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/doubtful_dialog.py" line="+28"/>
        <source>Mark %1 doubtful</source>
        <extracomment>The transfer, once posted.</extracomment>
        <translation>Mark %1 doubtful</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 owes %2. On the date below its balance moves from the customers account to the doubtful customers account by a journal entry, and its later invoices and payments are booked there too. This cannot be undone.</source>
        <translation>%1 owes %2. On the date below its balance moves from the customers account to the doubtful customers account by a journal entry, and its later invoices and payments are booked there too. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark doubtful</source>
        <translation>Mark doubtful</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer &amp;date</source>
        <translation>Transfer &amp;date</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../ui/tabs/journal/dialogs/drafts_dialog.py" line="+41"/>
        <source>Drafts</source>
        <extracomment>An entry was posted from a draft (the journal must refresh). The list of drafts changed (posted, discarded or saved).</extracomment>
        <translation>Drafts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the draft “%1”? This cannot be undone.</source>
        <translation>Discard the draft “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no label)</source>
        <translation>(no label)</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../ui/tabs/journal/models.py" line="+379"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>DunningPage</name>
    <message>
        <location filename="../ui/tabs/receivables/dunning.py" line="+129"/>
        <source>&amp;Propose</source>
        <extracomment>A run was validated or an action recorded: customer histories changed. The last run validated here, and its letters.</extracomment>
        <translation>&amp;Propose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review every open invoice as of the date</source>
        <translation>Review every open invoice as of the date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Validate and print the letters…</source>
        <translation>&amp;Validate and print the letters…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number the run, record one letter per ticked customer and print them</source>
        <translation>Number the run, record one letter per ticked customer and print them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;As of</source>
        <translation>&amp;As of</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Record an &amp;action…</source>
        <translation>Record an &amp;action…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call, a visit, a promise to pay, a dispute (disputed invoices are not reminded)</source>
        <translation>A call, a visit, a promise to pay, a dispute (disputed invoices are not reminded)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the letters again</source>
        <translation>Print the letters again</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Past runs</source>
        <translation>Past runs</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No customer to remind as of this date.</source>
        <translation>No customer to remind as of this date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: open invoices %2, credit %3, balance %4</source>
        <translation>%1: open invoices %2, credit %3, balance %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Letters to send: %1 · claimed %2</source>
        <translation>Letters to send: %1 · claimed %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Dunning run</source>
        <translation>Dunning run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send %1 letters as of %2? The run takes its number and each letter is recorded with the invoices it reminds.</source>
        <translation>Send %1 letters as of %2? The run takes its number and each letter is recorded with the invoices it reminds.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../ui/tabs/journal/dialogs/entry_dialog.py" line="+164"/>
        <source>Draft entry</source>
        <extracomment>(entry id, entry number) once posted. The draft id once saved.</extracomment>
        <translation>Draft entry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this entry records</source>
        <translation>What this entry records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice or document number</source>
        <translation>Invoice or document number</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a blank line below (Ctrl+Ins)</source>
        <translation>Insert a blank line below (Ctrl+Ins)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the current line (Ctrl+Del)</source>
        <translation>Remove the current line (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number and record the entry (Ctrl+Enter)</source>
        <translation>Number and record the entry (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as draft</source>
        <translation>Save as draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total debit</source>
        <translation>Total debit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total credit</source>
        <translation>Total credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Line %1: choose a postable account</source>
        <translation>Line %1: choose a postable account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An entry needs at least two lines with an amount</source>
        <translation>An entry needs at least two lines with an amount</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debits and credits must be equal</source>
        <translation>Debits and credits must be equal</translation>
    </message>
</context>
<context>
    <name>EntryLinesModel</name>
    <message>
        <location filename="../ui/tabs/journal/models.py" line="-137"/>
        <source>Account</source>
        <extracomment>Emitted after any change to the lines (totals, validity may have changed).</extracomment>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No postable account with this code</source>
        <translation>No postable account with this code</translation>
    </message>
</context>
<context>
    <name>EntryViewDialog</name>
    <message>
        <location filename="../ui/tabs/journal/dialogs/view_entry_dialog.py" line="+81"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted at</source>
        <translation>Posted at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entry %1</source>
        <translation>Entry %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total debit = total credit: %1</source>
        <translation>Total debit = total credit: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reversed by %1</source>
        <translation>Reversed by %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversal of %1</source>
        <translation>Reversal of %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/shell/errors.py" line="+29"/>
        <source>“{value}” is not a valid amount.</source>
        <extracomment>English source sentence per error code; ``{name}`` is filled from the details.</extracomment>
        <translation>“{value}” is not a valid amount.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts in {left} and in {right} cannot be added together.</source>
        <translation>Amounts in {left} and in {right} cannot be added together.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{currency}” is not a known currency code.</source>
        <translation>“{currency}” is not a known currency code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entry does not balance: debit {debit}, credit {credit} (difference {difference}).</source>
        <translation>The entry does not balance: debit {debit}, credit {credit} (difference {difference}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An entry needs at least two lines with an amount.</source>
        <translation>An entry needs at least two lines with an amount.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line}: {reason}.</source>
        <translation>Line {line}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no account {account} in the chart of accounts.</source>
        <translation>There is no account {account} in the chart of accounts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account} is deactivated: nothing can be posted to it.</source>
        <translation>Account {account} is deactivated: nothing can be posted to it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account} has sub-accounts: post to one of them instead.</source>
        <translation>Account {account} has sub-accounts: post to one of them instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account with code {account} already exists.</source>
        <translation>An account with code {account} already exists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account} cannot be created: the code must be digits starting with a class from 1 to 8, and the account needs a name.</source>
        <translation>Account {account} cannot be created: the code must be digits starting with a class from 1 to 8, and the account needs a name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The books are locked up to {lock_date}: nothing can be posted on {date}.</source>
        <translation>The books are locked up to {lock_date}: nothing can be posted on {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry {number} has already been reversed by entry {by}.</source>
        <translation>Entry {number} has already been reversed by entry {by}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry {number} is itself a reversal: post a new entry instead.</source>
        <translation>Entry {number} is itself a reversal: post a new entry instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry {entry} was not found.</source>
        <translation>Entry {entry} was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted entries cannot be changed or deleted: reverse them instead.</source>
        <translation>Posted entries cannot be changed or deleted: reverse them instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry {number} (position {position}) does not match its hash: the books were changed outside Comptoir ({problem}).</source>
        <translation>Entry {number} (position {position}) does not match its hash: the books were changed outside Comptoir ({problem}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account {account} still has a balance of {balance}: it cannot be deactivated.</source>
        <translation>Account {account} still has a balance of {balance}: it cannot be deactivated.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account {account} has no parent in the chart of accounts: add its class first.</source>
        <translation>Account {account} has no parent in the chart of accounts: add its class first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ledger file could not be used: {message}</source>
        <translation>The ledger file could not be used: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is already open by {holder}.</source>
        <translation>{path} is already open by {holder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Comptoir ledger file.</source>
        <translation>{path} is not a Comptoir ledger file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is damaged: {problem}</source>
        <translation>{path} is damaged: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists.</source>
        <translation>{path} already exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was written by a newer version of Comptoir: update Comptoir to open it.</source>
        <translation>{path} was written by a newer version of Comptoir: update Comptoir to open it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} could not be upgraded to this version of Comptoir ({problem}). The file is unchanged; a backup is at {backup}.</source>
        <translation>{path} could not be upgraded to this version of Comptoir ({problem}). The file is unchanged; a backup is at {backup}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup {path} failed its check ({problem}) and was not kept.</source>
        <translation>The backup {path} failed its check ({problem}) and was not kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <location line="+40"/>
        <source>{field}: {reason}.</source>
        <translation>{field}: {reason}.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>IBAN {iban} is not valid: {reason}.</source>
        <translation>IBAN {iban} is not valid: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIC {bic} is not valid: {reason}.</source>
        <translation>BIC {bic} is not valid: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number {number} is not valid: {reason}.</source>
        <translation>Account number {number} is not valid: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no bank account or cash box {account}.</source>
        <translation>There is no bank account or cash box {account}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} is closed: reopen it to record movements.</source>
        <translation>{account} is closed: reopen it to record movements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account} would go below zero on {date}: the cash box holds {available} and the payment is {amount}.</source>
        <translation>{account} would go below zero on {date}: the cash box holds {available} and the payment is {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A transfer needs two different accounts.</source>
        <translation>A transfer needs two different accounts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This movement has already been reversed.</source>
        <translation>This movement has already been reversed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} could not be written: {problem}.</source>
        <translation>{path} could not be written: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Voucher {number} is already void.</source>
        <translation>Voucher {number} is already void.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: “{value}” is not a valid {kind}.</source>
        <translation>{field}: “{value}” is not a valid {kind}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no customer {customer}.</source>
        <translation>There is no customer {customer}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another customer already has the code {customer_code}.</source>
        <translation>Another customer already has the code {customer_code}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no invoice {invoice}.</source>
        <translation>There is no invoice {invoice}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number {number} is already used ({kind}).</source>
        <translation>Number {number} is already used ({kind}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice {number} has only {open_amount} left to pay, not {amount}.</source>
        <translation>Invoice {number} has only {open_amount} left to pay, not {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The allocations add up to {allocated}, more than the {amount} paid.</source>
        <translation>The allocations add up to {allocated}, more than the {amount} paid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{customer} has {available} of credit, not {amount}.</source>
        <translation>{customer} has {available} of credit, not {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{customer} has been doubtful since {date}.</source>
        <translation>{customer} has been doubtful since {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no payment {collection}.</source>
        <translation>There is no payment {collection}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment {number} is already cancelled.</source>
        <translation>Payment {number} is already cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no receipt {receipt}.</source>
        <translation>There is no receipt {receipt}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no dunning run {run}.</source>
        <translation>There is no dunning run {run}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice {number} is already disputed (since {date}).</source>
        <translation>Invoice {number} is already disputed (since {date}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice {number} is not disputed.</source>
        <translation>Invoice {number} is not disputed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} of the letter uses “{placeholder}”, which is not one of: {known}.</source>
        <translation>The {field} of the letter uses “{placeholder}”, which is not one of: {known}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice {number} cannot get a level {level} letter: {reason}.</source>
        <translation>Invoice {number} cannot get a level {level} letter: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dunning run as of {last} is already recorded: a new run cannot be as of {as_of}.</source>
        <translation>A dunning run as of {last} is already recorded: a new run cannot be as of {as_of}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be imported: {problem}.</source>
        <translation>{path} cannot be imported: {problem}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import mapping, {field}: {reason}.</source>
        <translation>Import mapping, {field}: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no saved import mapping “{name}”.</source>
        <translation>There is no saved import mapping “{name}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}, line {line}, column “{column}”: {problem} ({count} problems in all; nothing was imported).</source>
        <translation>{path}, line {line}, column “{column}”: {problem} ({count} problems in all; nothing was imported).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <extracomment>Codes whose ``field`` detail names a field, shown by its label. Field names as InvalidSettings and InvalidMovement report them.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number and date format</source>
        <translation>Number and date format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First month of the fiscal year</source>
        <translation>First month of the fiscal year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base currency</source>
        <translation>Base currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of accounts</source>
        <translation>Chart of accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger account</source>
        <translation>Ledger account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening balance</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening exchange rate</source>
        <translation>Opening exchange rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash limit</source>
        <translation>Cash limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount excluding VAT</source>
        <translation>Amount excluding VAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Cheque number</source>
        <translation>Cheque number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate</source>
        <translation>Exchange rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate of the amount sent</source>
        <translation>Exchange rate of the amount sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate of the amount received</source>
        <translation>Exchange rate of the amount received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount sent</source>
        <translation>Amount sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount received</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the person</source>
        <translation>Name of the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page format</source>
        <translation>Page format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration ID</source>
        <translation>Registration ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dunning level</source>
        <translation>Dunning level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account or cash box</source>
        <translation>Bank account or cash box</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buckets</source>
        <translation>Buckets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised date</source>
        <translation>Promised date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised amount</source>
        <translation>Promised amount</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a line in the base currency has an exchange rate of 1</source>
        <extracomment>Reasons the app gives in English inside details (InvalidLine, InvalidSettings, ChainBroken): a pattern, and the translatable sentence filled from its groups.</extracomment>
        <translation>a line in the base currency has an exchange rate of 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>an amount in {currency} needs an exchange rate</source>
        <translation>an amount in {currency} needs an exchange rate</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>amounts must be whole cents</source>
        <translation>amounts must be whole cents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amounts cannot be negative</source>
        <translation>amounts cannot be negative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a line has either a debit or a credit, not both</source>
        <translation>a line has either a debit or a credit, not both</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no journal {journal}</source>
        <translation>there is no journal {journal}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the company needs a name</source>
        <translation>the company needs a name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose one of {choices}</source>
        <translation>choose one of {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a month from 1 to 12</source>
        <translation>a month from 1 to 12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be changed once the ledger exists</source>
        <translation>cannot be changed once the ledger exists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ledger has no company settings</source>
        <translation>the ledger has no company settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no sub-account code is free</source>
        <translation>no sub-account code is free</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} is not a class 5 account that can be posted to</source>
        <translation>{code} is not a class 5 account that can be posted to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} already belongs to another bank account or cash box</source>
        <translation>{code} already belongs to another bank account or cash box</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bank or cash box</source>
        <translation>bank or cash box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account needs a name</source>
        <translation>the account needs a name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a cash box cannot start below zero</source>
        <translation>a cash box cannot start below zero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the limit cannot be negative</source>
        <translation>the limit cannot be negative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an opening balance in {currency} needs an exchange rate</source>
        <translation>an opening balance in {currency} needs an exchange rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an Algerian RIB has 20 digits</source>
        <translation>an Algerian RIB has 20 digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key is {key} but the digits give {expected}</source>
        <translation>the key is {key} but the digits give {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>money in or money out</source>
        <translation>money in or money out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rate from 0 to 100</source>
        <translation>a rate from 0 to 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} cannot be posted to</source>
        <translation>{code} cannot be posted to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the category needs a name</source>
        <translation>the category needs a name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} is not an income, expense or third-party account</source>
        <translation>{code} is not an income, expense or third-party account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no category {id}</source>
        <translation>there is no category {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cheque needs its number</source>
        <translation>a cheque needs its number</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>the amount must be more than zero</source>
        <translation>the amount must be more than zero</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>VAT cannot be negative</source>
        <translation>VAT cannot be negative</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>say how much arrives in {currency}</source>
        <translation>say how much arrives in {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the category is for the other direction</source>
        <translation>the category is for the other direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no movement {id}</source>
        <translation>there is no movement {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a reversal cannot itself be reversed</source>
        <translation>a reversal cannot itself be reversed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>say who pays or receives the money</source>
        <translation>say who pays or receives the money</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what the money is for</source>
        <translation>say what the money is for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no voucher {id}</source>
        <translation>there is no voucher {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no receipt {number}</source>
        <translation>there is no receipt {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no payment voucher {number}</source>
        <translation>there is no payment voucher {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no discharge slip {number}</source>
        <translation>there is no discharge slip {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say why the voucher is void</source>
        <translation>say why the voucher is void</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a .xlsx or .csv file</source>
        <translation>choose a .xlsx or .csv file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a .xlsx file</source>
        <translation>choose a .xlsx file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected at position {position}</source>
        <translation>expected at position {position}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lines are missing or out of order</source>
        <translation>lines are missing or out of order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>debits and credits differ</source>
        <translation>debits and credits differ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line dates differ from the entry date</source>
        <translation>line dates differ from the entry date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its content or its place in the chain was altered</source>
        <translation>its content or its place in the chain was altered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there are lines of an unknown entry {entry}</source>
        <translation>there are lines of an unknown entry {entry}</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+5"/>
        <source>you, in this Comptoir window</source>
        <translation>you, in this Comptoir window</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{user} on {host} (process {pid}, since {since})</source>
        <translation>{user} on {host} (process {pid}, since {since})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Something went wrong: {error}</source>
        <translation>Something went wrong: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../ui/shell/new_ledger_wizard.py" line="+88"/>
        <source>Ledger file</source>
        <translation>Ledger file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole ledger is kept in this one file. Keep it in a folder you back up.</source>
        <translation>The whole ledger is kept in this one file. Keep it in a folder you back up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where to keep the ledger</source>
        <translation>Where to keep the ledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptoir ledgers (*%1)</source>
        <translation>Comptoir ledgers (*%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose where to keep the ledger file.</source>
        <translation>Choose where to keep the ledger file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file with this name already exists: choose another name.</source>
        <translation>A file with this name already exists: choose another name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file could not be created: %1</source>
        <translation>The file could not be created: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/import_dialog.py" line="+66"/>
        <source>Number</source>
        <extracomment>The columns a mapping names: (ImportMapping field, label, required).</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net amount</source>
        <translation>Net amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice or credit note</source>
        <translation>Invoice or credit note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line label</source>
        <translation>Line label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT amount (checked)</source>
        <translation>VAT amount (checked)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income account</source>
        <translation>Income account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column not found</source>
        <extracomment>What each kind of problem means, worded for the user; the details stay as found.</extracomment>
        <translation>Column not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several columns</source>
        <translation>Several columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty cell</source>
        <translation>Empty cell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date</source>
        <translation>Not a date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an amount</source>
        <translation>Not an amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a VAT rate</source>
        <translation>Not a VAT rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind</source>
        <translation>Unknown kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong account</source>
        <translation>Wrong account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other currency</source>
        <translation>Other currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT does not match</source>
        <translation>VAT does not match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown customer</source>
        <translation>Unknown customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines disagree</source>
        <translation>Lines disagree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already recorded</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due before its date</source>
        <translation>Due before its date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period locked</source>
        <translation>Period locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Import invoices</source>
        <extracomment>The file as read and its preview, for the mapping shown. The job reading/previewing or importing, while it runs. What was imported, once done.</extracomment>
        <translation>Import invoices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV or Excel file from the sales program</source>
        <translation>A CSV or Excel file from the sales program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the mapping</source>
        <translation>Name of the mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load</source>
        <translation>&amp;Load</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping</source>
        <translation>&amp;Save mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create the customers not found (by their code and name)</source>
        <translation>Create the customers not found (by their code and name)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As the ledger writes numbers</source>
        <translation>As the ledger writes numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (1 234,56)</source>
        <translation>Comma (1 234,56)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full stop (1,234.56)</source>
        <translation>Full stop (1,234.56)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record every document of the file, or none if anything is wrong</source>
        <translation>Record every document of the file, or none if anything is wrong</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Default account</source>
        <translation>Default account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format</source>
        <translation>Date format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal separator</source>
        <translation>Decimal separator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice values</source>
        <translation>Invoice values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note values</source>
        <translation>Credit note values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns (needed)</source>
        <translation>Columns (needed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns (if the file has them)</source>
        <translation>Columns (if the file has them)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Invoices to import</source>
        <translation>Invoices to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales exports (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Sales exports (*.csv *.txt *.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Type a name for the mapping.</source>
        <translation>Type a name for the mapping.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The mapping changed: preview again.</source>
        <translation>The mapping changed: preview again.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 rows. Choose the columns (or a saved mapping), then preview.</source>
        <translation>%1: %2 rows. Choose the columns (or a saved mapping), then preview.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 invoices (%2) and %3 credit notes (%4)</source>
        <translation>%1 invoices (%2) and %3 credit notes (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new customers</source>
        <translation>%1 new customers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 problems: nothing can be imported until they are corrected</source>
        <translation>%1 problems: nothing can be imported until they are corrected</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ready to import</source>
        <translation>ready to import</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Importing the invoices…</source>
        <translation>Importing the invoices…</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/invoice_dialog.py" line="+211"/>
        <source>As the sales program numbered it</source>
        <extracomment>What the chosen customer owes before this invoice, and its open invoices. The invoice or credit note as posted, once accepted.</extracomment>
        <translation>As the sales program numbered it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order, delivery note… (optional)</source>
        <translation>Order, delivery note… (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The invoice this credit note settles; otherwise it stays customer credit</source>
        <translation>The invoice this credit note settles; otherwise it stays customer credit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the current line (Ctrl+Del)</source>
        <translation>Remove the current line (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ustomer</source>
        <translation>C&amp;ustomer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;umber</source>
        <translation>N&amp;umber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Terms</source>
        <translation>&amp;Terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due dat&amp;e</source>
        <translation>Due dat&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settles</source>
        <translation>&amp;Settles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reference</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New invoice</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New credit note</source>
        <translation>New credit note</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing: keep it as customer credit</source>
        <translation>Nothing: keep it as customer credit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (open %2)</source>
        <translation>%1 (open %2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no credit limit</source>
        <translation>no credit limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credit limit %1</source>
        <translation>credit limit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owes %1; %2</source>
        <translation>Owes %1; %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This invoice takes %1 to %2, over its credit limit of %3. It can be posted all the same.</source>
        <translation>This invoice takes %1 to %2, over its credit limit of %3. It can be posted all the same.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the customer.</source>
        <translation>Choose the customer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number.</source>
        <translation>Type the number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type at least one line.</source>
        <translation>Type at least one line.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The total must be more than zero.</source>
        <translation>The total must be more than zero.</translation>
    </message>
</context>
<context>
    <name>InvoiceViewDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/invoice_view_dialog.py" line="+76"/>
        <source>%1 %2</source>
        <extracomment>Writes an amount in minor units.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location line="+3"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settled by</source>
        <translation>Settled by</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders and actions</source>
        <translation>Reminders and actions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(payment cancelled)</source>
        <translation>(payment cancelled)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>promised for %1</source>
        <translation>promised for %1</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../ui/tabs/receivables/view.py" line="+44"/>
        <source>New invoice…</source>
        <translation>New invoice…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New credit note…</source>
        <translation>New credit note…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <source>Cancel invoice…</source>
        <translation>Cancel invoice…</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Post a credit note of all its lines that settles what is open</source>
        <translation>Post a credit note of all its lines that settles what is open</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Record payment…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoices from another sales program (CSV or Excel), with a saved column mapping</source>
        <translation>Invoices from another sales program (CSV or Excel), with a saved column mapping</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoices and credit notes</source>
        <translation>Invoices and credit notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit notes</source>
        <translation>Credit notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (unpaid or partially paid)</source>
        <translation>Open (unpaid or partially paid)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <location filename="../ui/tabs/journal/tab.py" line="+136"/>
        <source>%1 lines</source>
        <extracomment>Typing in the search box waits this long for a pause before querying.</extracomment>
        <translation>%1 lines</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../ui/tabs/journal/models.py" line="-222"/>
        <source>Reversal</source>
        <extracomment>Reversed entries and reversals are drawn in grey italics: still in the books, but cancelled out.</extracomment>
        <translation>Reversal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../ui/tabs/journal/view.py" line="+35"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a new journal entry (Ctrl+N)</source>
        <translation>Type a new journal entry (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View entry</source>
        <translation>View entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post an entry that cancels the selected one</source>
        <translation>Post an entry that cancels the selected one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search labels, numbers, references</source>
        <translation>Search labels, numbers, references</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total debit</source>
        <translation>Total debit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total credit</source>
        <translation>Total credit</translation>
    </message>
</context>
<context>
    <name>Journals</name>
    <message>
        <location filename="../ui/tabs/journal/widgets.py" line="+51"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening balances</source>
        <translation>Opening balances</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/main.py" line="+64"/>
        <source>Creating the demo ledger…</source>
        <translation>Creating the demo ledger…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="+91"/>
        <source>&amp;New ledger…</source>
        <extracomment>Characters of the chain&apos;s last hash shown in the status bar. The job under way (backup, restore, verify), if any.</extracomment>
        <translation>&amp;New ledger…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backup now…</source>
        <translation>&amp;Backup now…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close ledger</source>
        <translation>&amp;Close ledger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Comptoir</source>
        <translation>&amp;About Comptoir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No recent ledgers</source>
        <translation>No recent ledgers</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — %2 — Comptoir</source>
        <translation>%1 — %2 — Comptoir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Comptoir ledgers (*%1);;All files (*)</source>
        <translation>Comptoir ledgers (*%1);;All files (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a ledger</source>
        <translation>Open a ledger</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Back up the ledger</source>
        <translation>Back up the ledger</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing and checking the backup…</source>
        <translation>Writing and checking the backup…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup saved and verified: %1</source>
        <translation>Backup saved and verified: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was saved and verified:
%1</source>
        <translation>The backup was saved and verified:
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the ledger…</source>
        <translation>Checking the ledger…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verified · %1 entries · last hash %2</source>
        <translation>Verified · %1 entries · last hash %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The ledger is sound: %1 entries checked, the hash chain is intact.
Last hash: %2</source>
        <translation>The ledger is sound: %1 entries checked, the hash chain is intact.
Last hash: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verification failed</source>
        <translation>Verification failed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ledger failed its check after %1 sound entries:
%2

Restore a recent backup (File ▸ Restore…).</source>
        <translation>The ledger failed its check after %1 sound entries:
%2

Restore a recent backup (File ▸ Restore…).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the backup to restore</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking and restoring the backup…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore as</source>
        <translation>Restore as</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Replace %1 with the backup %2?

The current file is backed up first, so this can be undone.</source>
        <translation>Replace %1 with the backup %2?

The current file is backed up first, so this can be undone.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ledger was restored from %1.</source>
        <translation>The ledger was restored from %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file it replaced was saved as %1.</source>
        <translation>The file it replaced was saved as %1.</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/movement_dialog.py" line="+129"/>
        <source>Money in</source>
        <extracomment>True once the user typed a VAT of their own (until the amount or rate changes). The posted movement, once the dialog was accepted.</extracomment>
        <translation>Money in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Money out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date the bank counts the money from (leave — when it is the same)</source>
        <translation>The date the bank counts the money from (leave — when it is the same)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who pays</source>
        <translation>Who pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is paid</source>
        <translation>Who is paid</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amount &amp;includes VAT</source>
        <translation>Amount &amp;includes VAT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computed from the rate; type another amount to override it</source>
        <translation>Computed from the rate; type another amount to override it</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value date</source>
        <translation>&amp;Value date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;ount</source>
        <translation>Acc&amp;ount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter&amp;party</source>
        <translation>Counter&amp;party</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT &amp;rate (%)</source>
        <translation>VAT &amp;rate (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA&amp;T</source>
        <translation>VA&amp;T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stamp duty</source>
        <translation>&amp;Stamp duty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heque number</source>
        <translation>C&amp;heque number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&amp;nvoice number</source>
        <translation>I&amp;nvoice number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Rate (%1 per 1 %2)</source>
        <translation>Rate (%1 per 1 %2)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Open a bank account or cash box first.</source>
        <translation>Open a bank account or cash box first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid amount.</source>
        <translation>“%1” is not a valid amount.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VAT rate is a number from 0 to 100.</source>
        <translation>The VAT rate is a number from 0 to 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the amount.</source>
        <translation>Type the amount.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VAT is larger than the amount.</source>
        <translation>The VAT is larger than the amount.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cheque needs its number.</source>
        <translation>A cheque needs its number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the exchange rate (%1 per 1 %2).</source>
        <translation>Type the exchange rate (%1 per 1 %2).</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
</context>
<context>
    <name>MovementViewDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/movement_view_dialog.py" line="+129"/>
        <source>Number</source>
        <extracomment>For a transfer: the other account&apos;s side (same transfer, not a reversal).</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value date</source>
        <translation>Value date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp duty</source>
        <translation>Stamp duty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Movement %1</source>
        <translation>Movement %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal entry %1 (%2)</source>
        <translation>Journal entry %1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Transfer (%1)</source>
        <translation>Transfer (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reversed by %1</source>
        <translation>Reversed by %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reversal of %1</source>
        <translation>Reversal of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to %1: %2</source>
        <translation>Sent to %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from %1: %2</source>
        <translation>Received from %1: %2</translation>
    </message>
</context>
<context>
    <name>NewLedgerWizard</name>
    <message>
        <location filename="../ui/shell/new_ledger_wizard.py" line="+10"/>
        <source>New ledger</source>
        <translation>New ledger</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/payment_dialog.py" line="+100"/>
        <source>Record a payment</source>
        <extracomment>What recording and printing can end with; anything else is a bug and surfaces. The customer&apos;s unapplied credit before this payment. True once the user changed the allocation (a new amount no longer re-proposes). True once the user ticked or unticked &quot;print the receipt&quot; themselves. The payment as recorded, and its receipt&apos;s first print, once accepted.</extracomment>
        <translation>Record a payment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoice numbers named here are settled first</source>
        <translation>Invoice numbers named here are settled first</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Propose again</source>
        <translation>&amp;Propose again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named invoices first, then the oldest due</source>
        <translation>Named invoices first, then the oldest due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep all as credit</source>
        <translation>&amp;Keep all as credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocate nothing: the whole payment stays customer credit (a deposit)</source>
        <translation>Allocate nothing: the whole payment stays customer credit (a deposit)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print the &amp;receipt</source>
        <translation>Print the &amp;receipt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ustomer</source>
        <translation>C&amp;ustomer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid &amp;into</source>
        <translation>Paid &amp;into</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heque number</source>
        <translation>C&amp;heque number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eference</source>
        <translation>R&amp;eference</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allocated to invoices</source>
        <translation>Allocated to invoices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left as customer credit</source>
        <translation>Left as customer credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp duty (cash)</source>
        <translation>Stamp duty (cash)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open invoices</source>
        <translation>Open invoices</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 open invoices, %2 left to pay</source>
        <translation>%1 open invoices, %2 left to pay</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credit already held: %1</source>
        <translation>credit already held: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 (the customer hands over %2)</source>
        <translation>%1 (the customer hands over %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the customer.</source>
        <translation>Choose the customer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a bank account or cash box first.</source>
        <translation>Open a bank account or cash box first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid amount.</source>
        <translation>“%1” is not a valid amount.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the amount received.</source>
        <translation>Type the amount received.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice %1 has only %2 left to pay.</source>
        <translation>Invoice %1 has only %2 left to pay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The allocations add up to %1, more than the %2 received.</source>
        <translation>The allocations add up to %1, more than the %2 received.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cheque needs its number.</source>
        <translation>A cheque needs its number.</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../ui/tabs/receivables/view.py" line="+16"/>
        <source>Record payment…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the selected payment&apos;s receipt (a copy after the first is a duplicate)</source>
        <translation>Print the selected payment's receipt (a copy after the first is a duplicate)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview receipt</source>
        <translation>Preview receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel payment…</source>
        <translation>Cancel payment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse a payment recorded by mistake; its receipt prints void</source>
        <translation>Reverse a payment recorded by mistake; its receipt prints void</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>PostedLinesModel</name>
    <message>
        <location filename="../ui/tabs/journal/models.py" line="+280"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../ui/common/printing.py" line="+259"/>
        <source>Save as PDF</source>
        <extracomment>Printers report 600 or 1200 dpi; rendering a page that fine costs hundreds of megabytes for no visible gain, so pages are rendered at most this fine. And never coarser than this (a preview at screen resolution looks blurred when zoomed). The width of the on-screen viewer, in pixels (from the page&apos;s width).</extracomment>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../ui/shell/qt_texts.py" line="+65"/>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-17"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+12"/>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-54"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+25"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-28"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go Back</source>
        <translation>Go Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Receivables</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/action_dialog.py" line="-88"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute (pauses reminders)</source>
        <translation>Dispute (pauses reminders)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute settled</source>
        <translation>Dispute settled</translation>
    </message>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/credit_dialogs.py" line="-279"/>
        <location filename="../ui/tabs/receivables/models.py" line="+70"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 of %3: %4 available</source>
        <translation>%1 %2 of %3: %4 available</translation>
    </message>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/import_dialog.py" line="-473"/>
        <location filename="../ui/tabs/receivables/models.py" line="+224"/>
        <location line="+703"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-705"/>
        <location line="+52"/>
        <location line="+70"/>
        <location line="+586"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-704"/>
        <location line="+46"/>
        <location line="+70"/>
        <location line="+44"/>
        <location line="+546"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-704"/>
        <location line="+159"/>
        <location line="+547"/>
        <location line="+246"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-949"/>
        <location line="+45"/>
        <location line="+571"/>
        <location line="+201"/>
        <source>Customer</source>
        <extracomment>The reasons a run refuses even when the bookkeeper adds the invoice by hand. Customers with something proposed first, then those with nothing to remind.</extracomment>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-468"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="+2"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-349"/>
        <location line="+350"/>
        <location line="+283"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-520"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/invoice_view_dialog.py" line="-7"/>
        <location filename="../ui/tabs/receivables/models.py" line="-341"/>
        <source>Reminder letter</source>
        <translation>Reminder letter</translation>
    </message>
    <message>
        <location filename="../ui/tabs/receivables/dunning.py" line="-223"/>
        <source>Run</source>
        <extracomment>Errors validating or printing can end with; anything else is a bug and surfaces.</extracomment>
        <translation>Run</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/tabs/receivables/models.py" line="+1047"/>
        <location line="+132"/>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <location filename="../ui/tabs/receivables/models.py" line="-1200"/>
        <source>Unpaid</source>
        <extracomment>Late invoices, amounts over a limit, refusals typed into a grid. Doubtful customers. Cancelled payments, inactive customers. Customer credit (what the company owes back).</extracomment>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <translation>Partially paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapplied</source>
        <translation>Unapplied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly applied</source>
        <translation>Partly applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+387"/>
        <location line="+516"/>
        <location line="+278"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="-1185"/>
        <location line="+5"/>
        <location line="+903"/>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <location line="-901"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment cancelled</source>
        <translation>Payment cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer to doubtful</source>
        <translation>Transfer to doubtful</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Name</source>
        <extracomment>Width hint in characters. A colour for the cell, or None. The row object under this role (tests, delegates). What is left to pay on its invoices. Unapplied credit: payments on account, overpayments, credit notes not used.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+621"/>
        <source>Open invoices</source>
        <extracomment>The row object (an ``AgedRow``, or None for the totals row) under this role.</extracomment>
        <translation>Open invoices</translation>
    </message>
    <message>
        <location line="-619"/>
        <location line="+180"/>
        <location line="+440"/>
        <location line="+132"/>
        <location line="+132"/>
        <location line="+129"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="-1010"/>
        <location line="+181"/>
        <location line="+439"/>
        <location line="+262"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="-879"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <location line="+52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Doubtful since %1</source>
        <translation>Doubtful since %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over credit limit</source>
        <translation>Over credit limit</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+152"/>
        <location line="+554"/>
        <location line="+240"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="-941"/>
        <location line="+940"/>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location line="-903"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamp duty</source>
        <translation>Stamp duty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <location line="+37"/>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>On account</source>
        <translation>On account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Opening balance</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>Label</source>
        <extracomment>Emitted after any amount changed (by the user or a proposal). Emitted when the user (not a proposal) changed an amount. What is not allocated yet, for a checkbox ticked on (None: no cap).</extracomment>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Line %1: type a label.</source>
        <extracomment>Emitted after any change (totals and problems may have changed). Income accounts that can be posted to: code → name.</extracomment>
        <translation>Line %1: type a label.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: choose an income account.</source>
        <translation>Line %1: choose an income account.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: type the net amount.</source>
        <translation>Line %1: type the net amount.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: the VAT rate is a number from 0 to 100.</source>
        <translation>Line %1: the VAT rate is a number from 0 to 100.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Not due</source>
        <translation>Not due</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+129"/>
        <source>Doubtful</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Bills received</source>
        <translation>Bills received</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Payment on account</source>
        <translation>Payment on account</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pre-reminder</source>
        <translation>Pre-reminder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level 3</source>
        <translation>Level 3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer excluded from dunning</source>
        <extracomment>Why an invoice gets no letter (app.receivables.dunning&apos;s reason codes).</extracomment>
        <translation>Customer excluded from dunning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer never reminded</source>
        <translation>Customer never reminded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On an excluded account</source>
        <translation>On an excluded account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered by credit</source>
        <translation>Covered by credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not due yet</source>
        <translation>Not due yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the next delay</source>
        <translation>Waiting for the next delay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest level sent</source>
        <translation>Highest level sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-reminder held back</source>
        <translation>Pre-reminder held back</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Nothing to send</source>
        <extracomment>Emitted after the user ticked or unticked a customer.</extracomment>
        <translation>Nothing to send</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Last letter</source>
        <translation>Last letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not</source>
        <translation>Why not</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 on %2</source>
        <extracomment>Emitted after the user changed a line (ticked, unticked, another level).</extracomment>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>RecurringItemDialog</name>
    <message>
        <location filename="../ui/tabs/dashboard/dialogs/recurring_dialog.py" line="+60"/>
        <source>Recurring item</source>
        <extracomment>The item as saved, once accepted.</extracomment>
        <translation>Recurring item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Shop rent</source>
        <translation>e.g. Shop rent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Any account</source>
        <translation>Any account</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount each month (%1)</source>
        <translation>&amp;Amount each month (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day of the &amp;month</source>
        <translation>Day of the &amp;month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccount</source>
        <translation>A&amp;ccount</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The item needs a label.</source>
        <translation>The item needs a label.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount of each month.</source>
        <translation>Type the amount of each month.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end comes after the start.</source>
        <translation>The end comes after the start.</translation>
    </message>
</context>
<context>
    <name>RecurringItemsDialog</name>
    <message>
        <location line="+45"/>
        <source>Recurring items</source>
        <translation>Recurring items</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Planned amounts, such as rent or salaries, counted in the dashboard&apos;s forecast months. They are a plan: nothing is posted to the books.</source>
        <translation>Planned amounts, such as rent or salaries, counted in the dashboard&apos;s forecast months. They are a plan: nothing is posted to the books.</translation>
    </message>
</context>
<context>
    <name>RecurringModel</name>
    <message>
        <location filename="../ui/tabs/dashboard/models.py" line="+279"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/credit_dialogs.py" line="+142"/>
        <source>Refund %1</source>
        <extracomment>The refund, once posted.</extracomment>
        <translation>Refund %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid &amp;from</source>
        <translation>Paid &amp;from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heque number</source>
        <translation>C&amp;heque number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eference</source>
        <translation>R&amp;eference</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open a bank account or cash box first.</source>
        <translation>Open a bank account or cash box first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid amount.</source>
        <translation>“%1” is not a valid amount.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the amount to refund.</source>
        <translation>Type the amount to refund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 of credit is available.</source>
        <translation>Only %1 of credit is available.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cheque needs its number.</source>
        <translation>A cheque needs its number.</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../ui/tabs/treasury/models.py" line="-131"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label / counterparty</source>
        <translation>Label / counterparty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp duty</source>
        <translation>Stamp duty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
</context>
<context>
    <name>RenameAccountDialog</name>
    <message>
        <location filename="../ui/tabs/accounts/dialogs/account_dialogs.py" line="+22"/>
        <source>Rename account %1</source>
        <translation>Rename account %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../ui/tabs/journal/dialogs/reverse_dialog.py" line="+28"/>
        <source>Reverse entry %1</source>
        <translation>Reverse entry %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reversal of %1: %2</source>
        <translation>Reversal of %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reversing entry swaps the debits and credits of %1. Both stay in the books.</source>
        <translation>A reversing entry swaps the debits and credits of %1. Both stay in the books.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reversal date</source>
        <translation>Reversal date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>ReverseMovementDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/reverse_dialog.py" line="+34"/>
        <source>Reverse %1</source>
        <extracomment>The reversal movements, once posted.</extracomment>
        <translation>Reverse %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2, %3</source>
        <translation>%1 of %2, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A transfer is reversed on both accounts. The movement and its reversal both stay in the registers.</source>
        <translation>A transfer is reversed on both accounts. The movement and its reversal both stay in the registers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reversing entry cancels this movement. The movement and its reversal both stay in the register.</source>
        <translation>A reversing entry cancels this movement. The movement and its reversal both stay in the register.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why, e.g. recorded twice</source>
        <translation>Why, e.g. recorded twice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reversal &amp;date</source>
        <translation>Reversal &amp;date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say why the movement is reversed.</source>
        <translation>Say why the movement is reversed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reversal of %1: %2</source>
        <translation>Reversal of %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/shell/settings_dialog.py" line="+72"/>
        <source>Settings</source>
        <extracomment>Logos larger than this are refused: they go into every document and backup.</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>C&amp;hoose…</source>
        <extracomment>The settings as saved, once the dialog was accepted.</extracomment>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No lock date</source>
        <translation>No lock date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Same as the company&apos;s language</source>
        <translation>Same as the company&apos;s language</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company &amp;name:</source>
        <translation>Company &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registration number:</source>
        <translation>&amp;Registration number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT number:</source>
        <translation>&amp;VAT number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other identifiers:</source>
        <translation>&amp;Other identifiers:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number and date &amp;format:</source>
        <translation>Number and date &amp;format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language of documents:</source>
        <translation>&amp;Language of documents:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Books</source>
        <translation>Books</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base currency:</source>
        <translation>Base currency:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart of accounts:</source>
        <translation>Chart of accounts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year starts in:</source>
        <translation>Fiscal year starts in:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Books &amp;locked up to:</source>
        <translation>Books &amp;locked up to:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing can be posted on or before the lock date.</source>
        <translation>Nothing can be posted on or before the lock date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the company logo</source>
        <translation>Choose the company logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The logo could not be read: %1</source>
        <translation>The logo could not be read: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo is too large (2 MB at most).</source>
        <translation>The logo is too large (2 MB at most).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The company needs a name.</source>
        <translation>The company needs a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a known locale (for example fr_FR, ro_RO, en_US).</source>
        <translation>“%1” is not a known locale (for example fr_FR, ro_RO, en_US).</translation>
    </message>
</context>
<context>
    <name>TabRegistry</name>
    <message>
        <location filename="../ui/shell/tab_registry.py" line="+49"/>
        <source>Journal</source>
        <extracomment>Stable identifier (tests and saved window state use it). English source text; :attr:`title` is the translation. The tabs Comptoir ships, in the order they appear.</extracomment>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart of accounts</source>
        <translation>Chart of accounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank &amp; cash</source>
        <translation>Bank &amp; cash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other expenses &amp; receipts</source>
        <translation>Other expenses &amp; receipts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treasury dashboard</source>
        <translation>Treasury dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../ui/tabs/treasury/view.py" line="+52"/>
        <source>Opening balance</source>
        <extracomment>The warning strip above the register (cash limit exceeded…).</extracomment>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total in</source>
        <translation>Total in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total out</source>
        <translation>Total out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing balance</source>
        <translation>Closing balance</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/transfer_dialog.py" line="+55"/>
        <source>Transfer between accounts</source>
        <extracomment>The posted transfer, once the dialog was accepted.</extracomment>
        <translation>Transfer between accounts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Cash deposit</source>
        <translation>e.g. Cash deposit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;sent</source>
        <translation>Amount &amp;sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;received</source>
        <translation>Amount &amp;received</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rate (%1 per 1 %2)</source>
        <translation>Rate (%1 per 1 %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A transfer needs two accounts.</source>
        <translation>A transfer needs two accounts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose two different accounts.</source>
        <translation>Choose two different accounts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount sent.</source>
        <translation>Type the amount sent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount received in %1.</source>
        <translation>Type the amount received in %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the exchange rate of %1.</source>
        <translation>Type the exchange rate of %1.</translation>
    </message>
</context>
<context>
    <name>Treasury</name>
    <message>
        <location filename="../ui/tabs/treasury/widgets.py" line="+30"/>
        <source>Bank account</source>
        <extracomment>The colour of problems typed into a dialog (as in the other tabs). The colour of a check that passed (&quot;IBAN valid&quot;).</extracomment>
        <translation>Bank account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash box</source>
        <translation>Cash box</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct debit</source>
        <translation>Direct debit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money in</source>
        <translation>Money in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Money out</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>This month</source>
        <extracomment>Emitted with the new value (or ``None``) whenever the text changes.</extracomment>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
</context>
<context>
    <name>TreasuryAccountDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/account_dialog.py" line="+145"/>
        <source>New bank account</source>
        <extracomment>Digits of an Algerian RIB (bank, agency, account, key). The account as saved, once the dialog was accepted.</extracomment>
        <translation>New bank account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cash box</source>
        <translation>New cash box</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. BNP current account</source>
        <translation>e.g. BNP current account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Shop till</source>
        <translation>e.g. Shop till</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FR76 3000 6000 0112 3456 7890 189</source>
        <translation>FR76 3000 6000 0112 3456 7890 189</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where IBAN does not apply (Algerian RIB: 20 digits)</source>
        <translation>Where IBAN does not apply (Algerian RIB: 20 digits)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic (a new sub-account)</source>
        <translation>Automatic (a new sub-account)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National account number</source>
        <translation>National account number</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Ledger account</source>
        <translation>Ledger account</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Opening balance</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening date</source>
        <translation>Opening date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeper</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash limit</source>
        <translation>Cash limit</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The account needs a name.</source>
        <translation>The account needs a name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a known currency code.</source>
        <translation>Choose a known currency code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The opening balance is not a valid amount.</source>
        <translation>The opening balance is not a valid amount.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cash box cannot start below zero.</source>
        <translation>A cash box cannot start below zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An opening balance in %1 needs the exchange rate (%2 per 1 %1).</source>
        <translation>An opening balance in %1 needs the exchange rate (%2 per 1 %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cash limit is not a valid amount.</source>
        <translation>The cash limit is not a valid amount.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate (%1 per 1 %2)</source>
        <translation>Rate (%1 per 1 %2)</translation>
    </message>
</context>
<context>
    <name>TreasuryAccountsModel</name>
    <message>
        <location filename="../ui/tabs/treasury/models.py" line="-80"/>
        <source>Account</source>
        <extracomment>Reversed movements and their reversals: still in the books, cancelled out.</extracomment>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank accounts</source>
        <translation>Bank accounts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash boxes</source>
        <translation>Cash boxes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (closed)</source>
        <translation>%1 (closed)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keeper: %1</source>
        <translation>Keeper: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash limit: %1</source>
        <translation>Cash limit: %1</translation>
    </message>
</context>
<context>
    <name>TreasuryTab</name>
    <message>
        <location filename="../ui/tabs/treasury/tab.py" line="+192"/>
        <source>No account selected</source>
        <extracomment>Typing in the search box waits this long for a pause before querying. How long the cash-limit notice stays above the register. The job exporting the register, while it runs.</extracomment>
        <translation>No account selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a bank account or a cash box to start.</source>
        <translation>Open a bank account or a cash box to start.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keeper: %1</source>
        <translation>Keeper: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Close %1? It will take no more movements; its history stays and it can be reopened.</source>
        <translation>Close %1? It will take no more movements; its history stays and it can be reopened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It still holds %1.</source>
        <translation>It still holds %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close account</source>
        <translation>Close account</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 now holds %2, above its limit of %3. Consider depositing cash at the bank.</source>
        <translation>%1 now holds %2, above its limit of %3. Consider depositing cash at the bank.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting the register…</source>
        <translation>Exporting the register…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Lines: %1</source>
        <translation>Lines: %1</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Lines written: %1
File: %2</source>
        <translation>Lines written: %1
File: %2</translation>
    </message>
</context>
<context>
    <name>TreasuryView</name>
    <message>
        <location filename="../ui/tabs/treasury/view.py" line="+46"/>
        <source>New bank account</source>
        <translation>New bank account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cash box</source>
        <translation>New cash box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show closed accounts</source>
        <translation>Show closed accounts</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Money in</source>
        <translation>Money in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record money received (Ctrl+E)</source>
        <translation>Record money received (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Money out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a payment (Ctrl+D)</source>
        <translation>Record a payment (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move money between two accounts (Ctrl+T)</source>
        <translation>Move money between two accounts (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected movement with a reversing entry</source>
        <translation>Cancel the selected movement with a reversing entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories…</source>
        <translation>Categories…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The categories of money in and out: their accounts and VAT rates</source>
        <translation>The categories of money in and out: their accounts and VAT rates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the register as shown to Excel or CSV</source>
        <translation>Save the register as shown to Excel or CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search counterparty, label, number, reference</source>
        <translation>Search counterparty, label, number, reference</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The running balance is hidden while searching.</source>
        <translation>The running balance is hidden while searching.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>VoidVoucherDialog</name>
    <message>
        <location filename="../ui/tabs/vouchers/dialogs/void_dialog.py" line="+36"/>
        <source>Void %1</source>
        <extracomment>The voucher as void, once posted.</extracomment>
        <translation>Void %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 of %3: %4, %5</source>
        <translation>%1 %2 of %3: %4, %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The movement is reversed and the number stays used. A reprint of the voucher is marked void, with the reason.</source>
        <translation>The movement is reversed and the number stays used. A reprint of the voucher is marked void, with the reason.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why, e.g. wrong amount</source>
        <translation>Why, e.g. wrong amount</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversal &amp;date</source>
        <translation>Reversal &amp;date</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say why the voucher is void.</source>
        <translation>Say why the voucher is void.</translation>
    </message>
</context>
<context>
    <name>VoucherForm</name>
    <message>
        <location filename="../ui/tabs/vouchers/form.py" line="+166"/>
        <source>The language the document is printed in</source>
        <extracomment>The languages a voucher can be written in (the amount in words exists for each). Looks up a person by name (exact, case-insensitive); None for someone new. True once the user typed a VAT of their own (until the amount or rate changes). Problems show once the user tried to post (an empty form is not an error).</extracomment>
        <translation>The language the document is printed in</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the money is for</source>
        <translation>What the money is for</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cheque number</source>
        <translation>Cheque number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>i&amp;ncludes VAT</source>
        <translation>i&amp;ncludes VAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount typed is VAT included; net and VAT are split from it</source>
        <translation>The amount typed is VAT included; net and VAT are split from it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computed from the rate; type another amount to override it</source>
        <translation>Computed from the rate; type another amount to override it</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print directl&amp;y</source>
        <translation>Print directl&amp;y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the document to the printer without a preview</source>
        <translation>Send the document to the printer without a preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post and print</source>
        <translation>Post and print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the voucher and print it (Enter)</source>
        <translation>Record the voucher and print it (Enter)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;ount</source>
        <translation>Acc&amp;ount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Person or company</source>
        <translation>&amp;Person or company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addre&amp;ss</source>
        <translation>Addre&amp;ss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;urpose</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT &amp;rate (%)</source>
        <translation>VAT &amp;rate (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA&amp;T</source>
        <translation>VA&amp;T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Who pays</source>
        <translation>Who pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is paid</source>
        <translation>Who is paid</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rate (%1 per 1 %2)</source>
        <translation>Rate (%1 per 1 %2)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Open a cash box or bank account first (Bank &amp; cash tab).</source>
        <translation>Open a cash box or bank account first (Bank &amp; cash tab).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type who pays or is paid.</source>
        <translation>Type who pays or is paid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what the money is for.</source>
        <translation>Type what the money is for.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid amount.</source>
        <translation>“%1” is not a valid amount.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The VAT rate is a number from 0 to 100.</source>
        <translation>The VAT rate is a number from 0 to 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the amount.</source>
        <translation>Type the amount.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VAT is larger than the amount.</source>
        <translation>The VAT is larger than the amount.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cheque needs its number.</source>
        <translation>A cheque needs its number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the exchange rate (%1 per 1 %2).</source>
        <translation>Type the exchange rate (%1 per 1 %2).</translation>
    </message>
</context>
<context>
    <name>Vouchers</name>
    <message>
        <location filename="../ui/tabs/vouchers/models.py" line="+33"/>
        <source>Receipt</source>
        <extracomment>Void vouchers: still in the books (their number stays used), cancelled out.</extracomment>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment voucher</source>
        <translation>Payment voucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge slip</source>
        <translation>Discharge slip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Number</source>
        <extracomment>Width hint in characters.</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person or company</source>
        <translation>Person or company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints</source>
        <translation>Prints</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Void: %1</source>
        <translation>Void: %1</translation>
    </message>
</context>
<context>
    <name>VouchersTab</name>
    <message>
        <location filename="../ui/tabs/vouchers/tab.py" line="+246"/>
        <source>The latest %1 vouchers are shown: narrow the filters to see older ones.</source>
        <extracomment>Typing in the person filter waits this long for a pause before querying. The list shows at most this many vouchers (newest first); filters narrow it. Errors a posting or a print can end with; anything else is a bug and surfaces. The job exporting the list, while it runs.</extracomment>
        <translation>The latest %1 vouchers are shown: narrow the filters to see older ones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vouchers: %1</source>
        <translation>Vouchers: %1</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is void. Print the void copy?</source>
        <translation>%1 is void. Print the void copy?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the vouchers</source>
        <translation>Export the vouchers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting the vouchers…</source>
        <translation>Exporting the vouchers…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vouchers written: %1
File: %2</source>
        <translation>Vouchers written: %1
File: %2</translation>
    </message>
</context>
<context>
    <name>VouchersView</name>
    <message>
        <location filename="../ui/tabs/vouchers/view.py" line="+59"/>
        <source>New voucher</source>
        <translation>New voucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vouchers</source>
        <translation>Vouchers</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+83"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Print the selected voucher again (the copy is marked duplicate)</source>
        <translation>Print the selected voucher again (the copy is marked duplicate)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Look at the selected voucher without printing it</source>
        <translation>Look at the selected voucher without printing it</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>Void…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Cancel the selected voucher: its movement is reversed, its number stays used</source>
        <translation>Cancel the selected voucher: its movement is reversed, its number stays used</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the vouchers as filtered to Excel</source>
        <translation>Save the vouchers as filtered to Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document settings…</source>
        <translation>Document settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page format of each kind of document</source>
        <translation>The page format of each kind of document</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person or company</source>
        <translation>Person or company</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valid and void</source>
        <translation>Valid and void</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/shell/welcome_page.py" line="+26"/>
        <source>Welcome to Comptoir</source>
        <translation>Welcome to Comptoir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each company keeps its books in one ledger file. Create a new ledger or open an existing one.</source>
        <translation>Each company keeps its books in one ledger file. Create a new ledger or open an existing one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New ledger…</source>
        <translation>New ledger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a ledger…</source>
        <translation>Open a ledger…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent ledgers</source>
        <translation>Recent ledgers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ledger opened yet.</source>
        <translation>No ledger opened yet.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../ui/common/worker.py" line="+205"/>
        <source>Cancel</source>
        <extracomment>How often the GUI thread looks at a running job (milliseconds).</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
</TS>
