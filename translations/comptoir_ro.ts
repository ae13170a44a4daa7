<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
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
        <translation>Contabilitate și trezorerie fără internet pentru firme mici. Evidența rămâne într-un singur fișier, pe calculatorul dumneavoastră.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open ledger: %1</source>
        <translation>Dosar deschis: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Comptoir</source>
        <translation>Despre Comptoir</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../ui/common/account_picker.py" line="+85"/>
        <source>All accounts (or a code prefix, e.g. 6)</source>
        <extracomment>Between code and name in pickers: &quot;512 — Banques&quot;. The chosen code or prefix, or ``None`` for all accounts.</extracomment>
        <translation>Toate conturile (sau începutul simbolului, ex. 6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a code or part of a name</source>
        <translation>Introduceți un simbol sau o parte din denumire</translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message>
        <location filename="../ui/tabs/accounts/models.py" line="+138"/>
        <source>Code</source>
        <extracomment>Debit minus credit at the chosen date, sub-accounts included.</extracomment>
        <translation>Simbol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit balance</source>
        <translation>Sold debitor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit balance</source>
        <translation>Sold creditor</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>AccountTypes</name>
    <message>
        <location line="-146"/>
        <source>Asset</source>
        <translation>Activ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liability</source>
        <translation>Datorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equity</source>
        <translation>Capitaluri proprii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income</source>
        <translation>Venit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense</source>
        <translation>Cheltuială</translation>
    </message>
</context>
<context>
    <name>AccountsSelector</name>
    <message>
        <location filename="../ui/tabs/dashboard/view.py" line="+94"/>
        <source>All accounts</source>
        <extracomment>Emitted with the chosen ids (``None`` for all accounts).</extracomment>
        <translation>Toate conturile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 accounts</source>
        <translation>%1 din %2 conturi</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../ui/tabs/accounts/tab.py" line="+134"/>
        <source>Reactivate</source>
        <translation>Reactivează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate</source>
        <translation>Dezactivează</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../ui/tabs/accounts/view.py" line="+27"/>
        <source>Add sub-account</source>
        <translation>Adaugă un cont analitic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Redenumește</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate</source>
        <translation>Dezactivează</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search code or name</source>
        <translation>Caută după simbol sau denumire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show inactive</source>
        <translation>Arată conturile inactive</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Balances at</source>
        <translation>Solduri la</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/action_dialog.py" line="+55"/>
        <source>Record an action with %1</source>
        <extracomment>The action recorded, once accepted.</extracomment>
        <translation>Înregistrează o acțiune pentru %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer&apos;s account as a whole</source>
        <translation>Contul clientului în ansamblu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (open %2)</source>
        <translation>%1 (neîncasat %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record</source>
        <translation>Înregistrează</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What</source>
        <translation>&amp;Ce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>&amp;Privind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Notă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promised for</source>
        <translation>Data pr&amp;omisă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised a&amp;mount</source>
        <translation>Su&amp;ma promisă</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A dispute is about an invoice: choose it.</source>
        <translation>Un litigiu privește o factură: alegeți-o.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the note.</source>
        <translation>Scrieți nota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say when the customer promised to pay.</source>
        <translation>Indicați data la care clientul a promis că plătește.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid amount.</source>
        <translation>„%1” nu este o sumă validă.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../ui/tabs/accounts/dialogs/account_dialogs.py" line="+47"/>
        <source>Add sub-account</source>
        <translation>Adaugă un cont analitic</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Parent account</source>
        <translation>Cont sintetic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Simbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The code must start with %1 and be longer</source>
        <translation>Simbolul trebuie să înceapă cu %1 și să fie mai lung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account needs a name</source>
        <translation>Contul trebuie să aibă o denumire</translation>
    </message>
</context>
<context>
    <name>AgedBalancePage</name>
    <message>
        <location filename="../ui/tabs/receivables/aged_balance.py" line="+97"/>
        <source>Days past the due date</source>
        <extracomment>The export formats, by file suffix. The user asked to see a document of the drill-down: (customer id, number). The job computing the trend, while it runs; its result once done. The job writing an export, while it runs.</extracomment>
        <translation>Zile după scadență</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since the invoice date</source>
        <translation>Zile de la data facturii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day of each bucket, separated by commas (up to 11: 12 buckets)</source>
        <translation>Ultima zi a fiecărui interval, separate prin virgule (cel mult 11: 12 intervale)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel, CSV or PDF, with the invoices of each customer</source>
        <translation>Excel, CSV sau PDF, cu facturile fiecărui client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;As of</source>
        <translation>&amp;La data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Buckets (days)</source>
        <translation>&amp;Intervale (zile)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>As of %1: %2 customers · open invoices %3 · overdue %4 · balance %5</source>
        <translation>La %1: %2 clienți · facturi neîncasate %3 · restante %4 · sold %5</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select a customer to see its open invoices.</source>
        <translation>Selectați un client pentru a-i vedea facturile neîncasate.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: open invoices and credit</source>
        <translation>%1: facturi neîncasate și credit</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Computing the month-end totals…</source>
        <translation>Se calculează totalurile de sfârșit de lună…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open invoices at each month end, as they stood that day</source>
        <translation>Facturile neîncasate la fiecare sfârșit de lună, așa cum erau în acea zi</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Aged balance %1.xlsx</source>
        <translation>Balanța de vechime %1.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Registru Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV file (*.csv)</source>
        <translation>Fișier CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the aged balance</source>
        <translation>Exportă balanța de vechime</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exporting the aged balance…</source>
        <translation>Se exportă balanța de vechime…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>Exportă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The aged balance is written to %1</source>
        <translation>Balanța de vechime a fost salvată în %1</translation>
    </message>
</context>
<context>
    <name>AgedTrendChart</name>
    <message>
        <location filename="../ui/tabs/receivables/chart.py" line="+62"/>
        <source>Month-end totals, %1 – %2</source>
        <extracomment>From what is not due to the oldest debts.</extracomment>
        <translation>Totaluri la sfârșit de lună, %1 – %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Doubtful</source>
        <translation>Clienți incerți</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open (%1)</source>
        <translation>Neîncasat (%1)</translation>
    </message>
</context>
<context>
    <name>ApplyCreditDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/credit_dialogs.py" line="+85"/>
        <source>Apply the credit of %1</source>
        <extracomment>The matching written, once accepted.</extracomment>
        <translation>Alocă creditul lui %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Propose again</source>
        <translation>&amp;Propune din nou</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply</source>
        <translation>Alocă</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>None</source>
        <translation>Niciuna</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Applied %1 of %2</source>
        <translation>Alocat %1 din %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no credit to apply.</source>
        <translation>%1 nu are credit de alocat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no open invoice.</source>
        <translation>%1 nu are nicio factură neîncasată.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice %1 has only %2 left to pay.</source>
        <translation>Factura %1 mai are de plată doar %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 of credit is available.</source>
        <translation>Este disponibil doar un credit de %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the invoices to settle.</source>
        <translation>Bifați facturile de achitat.</translation>
    </message>
</context>
<context>
    <name>CancelInvoiceDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/cancel_invoice_dialog.py" line="+35"/>
        <source>Cancel invoice %1</source>
        <extracomment>The credit note, once posted.</extracomment>
        <translation>Anulează factura %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice %1 of %2 to %3: %4, of which %5 is still open.</source>
        <translation>Factura %1 din %2 către %3: %4, din care %5 este încă neîncasat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A credit note of all its lines is posted and settles what is open. What was already paid stays as customer credit, to apply or refund.</source>
        <translation>Se înregistrează o factură de stornare pentru toate liniile, care stinge suma neîncasată. Ce s-a plătit deja rămâne credit al clientului, de alocat sau de rambursat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credit note&apos;s number</source>
        <translation>Numărul facturii de stornare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why, e.g. goods returned</source>
        <translation>Motivul, de ex. mărfuri returnate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Post the credit note</source>
        <translation>Înregistrează factura de stornare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credit note &amp;number</source>
        <translation>&amp;Nr. factură de stornare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motiv</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the credit note&apos;s number.</source>
        <translation>Introduceți numărul facturii de stornare.</translation>
    </message>
</context>
<context>
    <name>CancelPaymentDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/credit_dialogs.py" line="+138"/>
        <source>Cancel payment %1</source>
        <extracomment>The payment as cancelled, once posted.</extracomment>
        <translation>Anulează încasarea %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment %1 of %2 from %3: %4.</source>
        <translation>Încasarea %1 din %2 de la %3: %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The movement is reversed and the invoices it settled are open again. A receipt keeps its number and prints void.</source>
        <translation>Operațiunea este stornată, iar facturile pe care le-a stins redevin neîncasate. Chitanța își păstrează numărul și se tipărește ca anulată.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why, e.g. cheque returned unpaid</source>
        <translation>Motivul, de ex. cec refuzat la plată</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the payment</source>
        <translation>Anulează încasarea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say why the payment is cancelled.</source>
        <translation>Indicați motivul anulării încasării.</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/category_dialog.py" line="+167"/>
        <source>Categories</source>
        <translation>Categorii</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add…</source>
        <translation>Adaugă…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifică…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Deactivate</source>
        <translation>Dezactivează</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>A category says which account money in or out is booked to, and its usual VAT rate. Deactivated categories are no longer offered; their movements stay.</source>
        <translation>O categorie arată contul în care se înregistrează încasarea sau plata și cota de TVA obișnuită. Categoriile dezactivate nu mai sunt propuse; operațiunile lor rămân.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reactivate</source>
        <translation>Reactivează</translation>
    </message>
</context>
<context>
    <name>CategoriesModel</name>
    <message>
        <location filename="../ui/tabs/treasury/models.py" line="+282"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate (%)</source>
        <translation>Cota de TVA (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/category_dialog.py" line="-168"/>
        <source>New category</source>
        <extracomment>The category as saved, once accepted.</extracomment>
        <translation>Categorie nouă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>Modifică %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Office supplies</source>
        <translation>ex. Rechizite de birou</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The income, expense or third-party account the money is booked to</source>
        <translation>Contul de venituri, de cheltuieli sau de terți în care se înregistrează suma</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name</source>
        <translation>&amp;Denumire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Direction</source>
        <translation>S&amp;ens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account</source>
        <translation>&amp;Cont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT rate (%)</source>
        <translation>Cota de &amp;TVA (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movements already recorded keep the account they were booked to; a change applies from the next one.</source>
        <translation>Operațiunile deja înregistrate își păstrează contul; o modificare se aplică de la următoarea.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The category needs a name.</source>
        <translation>Categoria trebuie să aibă o denumire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the account the money is booked to.</source>
        <translation>Alegeți contul în care se înregistrează suma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VAT rate is a number from 0 to 100.</source>
        <translation>Cota de TVA este un număr de la 0 la 100.</translation>
    </message>
</context>
<context>
    <name>CellLinesDialog</name>
    <message>
        <location filename="../ui/tabs/dashboard/dialogs/cell_lines_dialog.py" line="+57"/>
        <source>of which planned: %1</source>
        <translation>din care planificat: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a line to open the movement.</source>
        <translation>Faceți dublu clic pe o linie pentru a deschide operațiunea.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a line to open the movement. Planned lines are recurring items: they are not in the books yet.</source>
        <translation>Faceți dublu clic pe o linie pentru a deschide operațiunea. Liniile planificate sunt operațiuni recurente: nu sunt încă în contabilitate.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Lines: %1 · total %2</source>
        <translation>Linii: %1 · total %2</translation>
    </message>
</context>
<context>
    <name>CellLinesModel</name>
    <message>
        <location filename="../ui/tabs/dashboard/models.py" line="+300"/>
        <source>planned</source>
        <translation>planificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Explicație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planned: a recurring item, not in the books</source>
        <translation>Planificat: o operațiune recurentă, neînregistrată în contabilitate</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../ui/shell/new_ledger_wizard.py" line="+101"/>
        <source>Country and chart of accounts</source>
        <translation>Țara și planul de conturi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart of accounts, the base currency and the first month of the fiscal year cannot be changed later.</source>
        <translation>Planul de conturi, moneda de bază și prima lună a exercițiului financiar nu mai pot fi schimbate ulterior.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Chart of accounts:</source>
        <translation>&amp;Plan de conturi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;currency:</source>
        <translation>&amp;Moneda de bază:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number and date &amp;format:</source>
        <translation>&amp;Formatul numerelor și datelor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example:</source>
        <translation>Exemplu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year &amp;starts in:</source>
        <translation>E&amp;xercițiul financiar începe în:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of documents:</source>
        <translation>&amp;Limba documentelor:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No chart of accounts is installed.</source>
        <translation>Nu este instalat niciun plan de conturi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an ISO 4217 currency code (for example EUR, RON, DZD).</source>
        <translation>„%1” nu este un cod de monedă ISO 4217 (de exemplu EUR, RON, DZD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a known locale (for example fr_FR, ro_RO, en_US).</source>
        <translation>„%1” nu este un format regional cunoscut (de exemplu fr_FR, ro_RO, en_US).</translation>
    </message>
</context>
<context>
    <name>CollectionsTab</name>
    <message>
        <location filename="../ui/tabs/receivables/tab.py" line="+111"/>
        <source>Aged balance</source>
        <extracomment>Typing in the search field waits this long for a pause before querying. The invoice and payment lists show at most this many rows (newest first). Errors a print can end with; anything else is a bug and surfaces.</extracomment>
        <translation>Balanța de vechime</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dunning</source>
        <translation>Somații</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Customers: %1 · they owe %2 · credit held %3</source>
        <extracomment>Pages to re-read when they are next shown.</extracomment>
        <translation>Clienți: %1 · datorează %2 · credit deținut %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No customer selected</source>
        <translation>Niciun client selectat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open invoices %1 · credit %2 · balance %3</source>
        <translation>Facturi neîncasate %1 · credit %2 · sold %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>limit %1</source>
        <translation>limită %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 events · balance %2</source>
        <translation>%1 evenimente · sold %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Statement %1 %2</source>
        <translation>Extras de cont %1 %2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Documents: %1 · open %2 · overdue %3</source>
        <translation>Documente: %1 · neîncasate %2 · restante %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>only the latest are shown: narrow the filters</source>
        <translation>sunt afișate doar cele mai recente: restrângeți filtrele</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Invoice %1 is posted, and takes %2 over its credit limit of %3 (it owes %4 now).</source>
        <translation>Factura %1 a fost înregistrată și îl duce pe %2 peste limita de credit de %3 (acum datorează %4).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Imported: %1 invoices and %2 credit notes; %3 new customers.</source>
        <translation>Importat: %1 facturi și %2 facturi de stornare; %3 clienți noi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over the credit limit: %1.</source>
        <translation>Peste limita de credit: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Payments: %1 · received %2 · on account %3</source>
        <translation>Încasări: %1 · încasat %2 · în avans %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 stays as credit of %2, to apply or refund later.</source>
        <translation>%1 rămâne credit al lui %2, de alocat sau de rambursat ulterior.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cash box now holds more than its limit: take money to the bank.</source>
        <translation>Casa conține acum mai mult decât plafonul: depuneți numerarul la bancă.</translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <location filename="../ui/tabs/receivables/view.py" line="+313"/>
        <source>Customers</source>
        <extracomment>Pages added by the tab: their indexes, once added.</extracomment>
        <translation>Clienți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Facturi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Încasări</translation>
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
        <translation>Firmă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who keeps these books. Everything but the name can be changed later in the settings.</source>
        <translation>Firma a cărei contabilitate o țineți. Totul, în afară de denumire, se poate schimba ulterior din setări.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company &amp;name:</source>
        <translation>De&amp;numirea firmei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresă:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registration number:</source>
        <translation>Nr. de înregistrare (Reg. Co&amp;m.):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT number:</source>
        <translation>Cod de &amp;TVA:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The company needs a name.</source>
        <translation>Firma trebuie să aibă o denumire.</translation>
    </message>
</context>
<context>
    <name>CustomerCombo</name>
    <message>
        <location filename="../ui/tabs/receivables/widgets.py" line="+100"/>
        <source>Type part of the name</source>
        <extracomment>The warning strip (credit limit exceeded, cash limit…), as in the Bank &amp; cash tab.</extracomment>
        <translation>Tastați o parte din nume</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/customer_dialog.py" line="+82"/>
        <source>New customer</source>
        <extracomment>The languages letters, statements and receipts are written in. The customer as saved, once accepted.</extracomment>
        <translation>Client nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its code in the sales program (optional)</source>
        <translation>Codul său în programul de facturare (opțional)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No limit</source>
        <translation>Fără limită</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never remind</source>
        <translation>Fără somații</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to level 1</source>
        <translation>Până la nivelul 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to level 2</source>
        <translation>Până la nivelul 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to level 3 (all letters)</source>
        <translation>Până la nivelul 3 (toate scrisorile)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xcluded from dunning runs</source>
        <translation>E&amp;xclus din loturile de somații</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active</source>
        <translation>&amp;Activ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Nume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode</source>
        <translation>C&amp;od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addr&amp;ess</source>
        <translation>Adr&amp;esă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry</source>
        <translation>Ța&amp;ră</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registration ID</source>
        <translation>Nr. Re&amp;g. Com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT number</source>
        <translation>Cod T&amp;VA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Letter language</source>
        <translation>&amp;Limba scrisorilor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment &amp;terms</source>
        <translation>Termen de &amp;plată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit l&amp;imit</source>
        <translation>L&amp;imită de credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dunning</source>
        <translation>&amp;Somații</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collection</source>
        <translation>Încasare</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Type the customer&apos;s name.</source>
        <translation>Introduceți numele clientului.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid amount.</source>
        <translation>„%1” nu este o sumă validă.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../ui/tabs/receivables/view.py" line="-249"/>
        <source>Search a name, code or tax ID</source>
        <translation>Căutați un nume, cod sau cod fiscal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show inactive</source>
        <translation>Afișează și inactivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer…</source>
        <translation>Client nou…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Edit…</source>
        <translation>Modifică…</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>Mark doubtful…</source>
        <translation>Marchează ca incert…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Move the customer&apos;s balance to the doubtful customers account</source>
        <translation>Transferă soldul clientului în contul de clienți incerți</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>New invoice…</source>
        <translation>Factură nouă…</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+78"/>
        <source>Record payment…</source>
        <translation>Înregistrează încasare…</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Apply credit…</source>
        <translation>Alocă creditul…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settle open invoices with the customer&apos;s unapplied credit</source>
        <translation>Stinge facturile neîncasate cu creditul nealocat al clientului</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund credit…</source>
        <translation>Rambursează creditul…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay the customer&apos;s unapplied credit back</source>
        <translation>Restituie clientului creditul nealocat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>From (— : since the first document)</source>
        <translation>De la (— : de la primul document)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To (— : up to today)</source>
        <translation>Până la (— : până azi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement of account</source>
        <translation>Extras de cont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement for the dates shown (this year when none), in the customer&apos;s language</source>
        <translation>Extrasul pentru datele afișate (anul curent dacă lipsesc), în limba clientului</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview and print…</source>
        <translation>Previzualizează și tipărește…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Salvează ca PDF…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <location filename="../ui/tabs/dashboard/chart.py" line="+62"/>
        <source>Money in</source>
        <translation>Încasări</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money out</source>
        <translation>Plăți</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In / out (%1)</source>
        <translation>Încasări / plăți (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance (%1)</source>
        <translation>Sold (%1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Balance</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Balance (forecast)</source>
        <translation>Sold (previziune)</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../ui/tabs/dashboard/tab.py" line="+97"/>
        <source>Opening balance on %1: %2</source>
        <extracomment>The day the figures were read on: it splits actual months from forecast ones.</extracomment>
        <translation>Sold inițial la %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forecast from %1</source>
        <translation>Previziune începând cu %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Treasury %1.xlsx</source>
        <translation>Trezorerie %1.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the dashboard</source>
        <translation>Exportă tabloul de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Registru Excel (*.xlsx)</translation>
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
        <translation>Tabloul de bord a fost salvat în
%1</translation>
    </message>
</context>
<context>
    <name>DashboardTableModel</name>
    <message>
        <location filename="../ui/tabs/dashboard/models.py" line="-166"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forecast</source>
        <translation>previziune</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forecast: recurring items planned for this month</source>
        <translation>Previziune: operațiuni recurente planificate în această lună</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Click to list the planned items and movements</source>
        <translation>Faceți clic pentru lista operațiunilor planificate și efectuate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list the movements</source>
        <translation>Faceți clic pentru lista operațiunilor</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Money in</source>
        <extracomment>The tint of forecast months (the Excel export uses the same). Negative figures in red (net, balance, VAT due). The fixed lines of the table (categories are data).</extracomment>
        <translation>Încasări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total in</source>
        <translation>Total încasări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Plăți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total out</source>
        <translation>Total plăți</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance (cumulative)</source>
        <translation>Sold (cumulat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxes to pay</source>
        <translation>Taxe de plată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT collected</source>
        <translation>TVA colectată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT deductible</source>
        <translation>TVA deductibilă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT due</source>
        <translation>TVA de plată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp duty</source>
        <translation>Taxă de timbru</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ui/tabs/dashboard/view.py" line="+9"/>
        <source>Fiscal year</source>
        <translation>Exercițiu financiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recurring items…</source>
        <translation>Operațiuni recurente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rent, salaries and other planned amounts that make the forecast</source>
        <translation>Chirie, salarii și alte sume planificate din care se face previziunea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the dashboard as an Excel workbook</source>
        <translation>Salvează tabloul de bord într-un registru Excel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast (from recurring items)</source>
        <translation>Previziune (din operațiunile recurente)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts</source>
        <translation>Conturi</translation>
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
        <translation>Rolă de bonuri de 80 mm</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Document settings</source>
        <translation>Setările documentelor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The paper each kind of document is printed on.</source>
        <translation>Hârtia pe care se tipărește fiecare tip de document.</translation>
    </message>
</context>
<context>
    <name>DoubtfulDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/doubtful_dialog.py" line="+28"/>
        <source>Mark %1 doubtful</source>
        <extracomment>The transfer, once posted.</extracomment>
        <translation>Marchează %1 ca incert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 owes %2. On the date below its balance moves from the customers account to the doubtful customers account by a journal entry, and its later invoices and payments are booked there too. This cannot be undone.</source>
        <translation>%1 datorează %2. La data de mai jos, soldul său se transferă din contul de clienți în contul de clienți incerți printr-o notă contabilă, iar facturile și încasările ulterioare se înregistrează tot acolo. Operațiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark doubtful</source>
        <translation>Marchează ca incert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer &amp;date</source>
        <translation>&amp;Data transferului</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../ui/tabs/journal/dialogs/drafts_dialog.py" line="+41"/>
        <source>Drafts</source>
        <extracomment>An entry was posted from a draft (the journal must refresh). The list of drafts changed (posted, discarded or saved).</extracomment>
        <translation>Ciorne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Validează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Discard draft</source>
        <translation>Șterge ciorna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the draft “%1”? This cannot be undone.</source>
        <translation>Ștergeți ciorna „%1”? Operațiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no label)</source>
        <translation>(fără explicație)</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../ui/tabs/journal/models.py" line="+379"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Explicație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Linii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Diferență</translation>
    </message>
</context>
<context>
    <name>DunningPage</name>
    <message>
        <location filename="../ui/tabs/receivables/dunning.py" line="+129"/>
        <source>&amp;Propose</source>
        <extracomment>A run was validated or an action recorded: customer histories changed. The last run validated here, and its letters.</extracomment>
        <translation>&amp;Propune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review every open invoice as of the date</source>
        <translation>Analizează toate facturile neîncasate la data respectivă</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Validate and print the letters…</source>
        <translation>&amp;Validează și tipărește scrisorile…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number the run, record one letter per ticked customer and print them</source>
        <translation>Numerotează lotul, înregistrează câte o scrisoare pentru fiecare client bifat și tipărește-le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;As of</source>
        <translation>&amp;La data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper</source>
        <translation>Hârtie</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Record an &amp;action…</source>
        <translation>Înregistrează o &amp;acțiune…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call, a visit, a promise to pay, a dispute (disputed invoices are not reminded)</source>
        <translation>Un apel, o vizită, o promisiune de plată, un litigiu (pentru facturile în litigiu nu se trimit somații)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the letters again</source>
        <translation>Tipărește din nou scrisorile</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Past runs</source>
        <translation>Loturi anterioare</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No customer to remind as of this date.</source>
        <translation>Niciun client de somat la această dată.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: open invoices %2, credit %3, balance %4</source>
        <translation>%1: facturi neîncasate %2, credit %3, sold %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Letters to send: %1 · claimed %2</source>
        <translation>Scrisori de trimis: %1 · solicitat %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Dunning run</source>
        <translation>Lot de somații</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send %1 letters as of %2? The run takes its number and each letter is recorded with the invoices it reminds.</source>
        <translation>Trimiteți %1 scrisori la data de %2? Lotul primește un număr, iar fiecare scrisoare se înregistrează împreună cu facturile pentru care somează.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../ui/tabs/journal/dialogs/entry_dialog.py" line="+164"/>
        <source>Draft entry</source>
        <extracomment>(entry id, entry number) once posted. The draft id once saved.</extracomment>
        <translation>Înregistrare în ciornă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New entry</source>
        <translation>Înregistrare nouă</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this entry records</source>
        <translation>Ce consemnează această înregistrare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice or document number</source>
        <translation>Numărul facturii sau al documentului</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add line</source>
        <translation>Adaugă o linie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a blank line below (Ctrl+Ins)</source>
        <translation>Inserează o linie goală dedesubt (Ctrl+Ins)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove line</source>
        <translation>Șterge linia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the current line (Ctrl+Del)</source>
        <translation>Șterge linia curentă (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Post</source>
        <translation>Validează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number and record the entry (Ctrl+Enter)</source>
        <translation>Numerotează și înregistrează nota (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as draft</source>
        <translation>Salvează ca ciornă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Explicație</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referință</translation>
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
        <translation>Diferență</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Line %1: choose a postable account</source>
        <translation>Linia %1: alegeți un cont în care se poate înregistra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An entry needs at least two lines with an amount</source>
        <translation>O înregistrare trebuie să aibă cel puțin două linii cu sumă</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debits and credits must be equal</source>
        <translation>Totalul debitelor trebuie să fie egal cu cel al creditelor</translation>
    </message>
</context>
<context>
    <name>EntryLinesModel</name>
    <message>
        <location filename="../ui/tabs/journal/models.py" line="-137"/>
        <source>Account</source>
        <extracomment>Emitted after any change to the lines (totals, validity may have changed).</extracomment>
        <translation>Cont</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Explicație</translation>
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
        <translation>Niciun cont cu acest simbol în care să se poată înregistra</translation>
    </message>
</context>
<context>
    <name>EntryViewDialog</name>
    <message>
        <location filename="../ui/tabs/journal/dialogs/view_entry_dialog.py" line="+81"/>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Explicație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted at</source>
        <translation>Validată la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>Amprentă (hash)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entry %1</source>
        <translation>Înregistrarea %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total debit = total credit: %1</source>
        <translation>Total debit = total credit: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reversed by %1</source>
        <translation>Stornată prin %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversal of %1</source>
        <translation>Stornarea înregistrării %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/shell/errors.py" line="+29"/>
        <source>“{value}” is not a valid amount.</source>
        <extracomment>English source sentence per error code; ``{name}`` is filled from the details.</extracomment>
        <translation>„{value}” nu este o sumă validă.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts in {left} and in {right} cannot be added together.</source>
        <translation>Sumele în {left} și în {right} nu pot fi adunate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{currency}” is not a known currency code.</source>
        <translation>„{currency}” nu este un cod de monedă cunoscut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entry does not balance: debit {debit}, credit {credit} (difference {difference}).</source>
        <translation>Înregistrarea nu este echilibrată: debit {debit}, credit {credit} (diferență {difference}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An entry needs at least two lines with an amount.</source>
        <translation>O înregistrare trebuie să aibă cel puțin două linii cu sumă.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line}: {reason}.</source>
        <translation>Linia {line}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no account {account} in the chart of accounts.</source>
        <translation>Contul {account} nu există în planul de conturi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account} is deactivated: nothing can be posted to it.</source>
        <translation>Contul {account} este dezactivat: nu se mai poate înregistra în el.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account} has sub-accounts: post to one of them instead.</source>
        <translation>Contul {account} are conturi analitice: înregistrați într-unul dintre ele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account with code {account} already exists.</source>
        <translation>Contul {account} există deja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account} cannot be created: the code must be digits starting with a class from 1 to 8, and the account needs a name.</source>
        <translation>Contul {account} nu poate fi creat: simbolul trebuie să fie format din cifre și să înceapă cu o clasă de la 1 la 8, iar contul trebuie să aibă o denumire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The books are locked up to {lock_date}: nothing can be posted on {date}.</source>
        <translation>Perioada este blocată până la {lock_date}: nu se poate înregistra la data de {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry {number} has already been reversed by entry {by}.</source>
        <translation>Înregistrarea {number} a fost deja stornată prin înregistrarea {by}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry {number} is itself a reversal: post a new entry instead.</source>
        <translation>Înregistrarea {number} este ea însăși o stornare: faceți în schimb o înregistrare nouă.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry {entry} was not found.</source>
        <translation>Înregistrarea {entry} nu a fost găsită.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted entries cannot be changed or deleted: reverse them instead.</source>
        <translation>Înregistrările validate nu pot fi modificate sau șterse: stornați-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry {number} (position {position}) does not match its hash: the books were changed outside Comptoir ({problem}).</source>
        <translation>Înregistrarea {number} (poziția {position}) nu mai corespunde amprentei sale: contabilitatea a fost modificată în afara Comptoir ({problem}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account {account} still has a balance of {balance}: it cannot be deactivated.</source>
        <translation>Contul {account} mai are un sold de {balance}: nu poate fi dezactivat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account {account} has no parent in the chart of accounts: add its class first.</source>
        <translation>Contul {account} nu are cont sintetic în planul de conturi: adăugați mai întâi clasa lui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ledger file could not be used: {message}</source>
        <translation>Fișierul dosarului nu a putut fi folosit: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is already open by {holder}.</source>
        <translation>{path} este deja deschis de {holder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Comptoir ledger file.</source>
        <translation>{path} nu este un dosar Comptoir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is damaged: {problem}</source>
        <translation>{path} este deteriorat: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists.</source>
        <translation>{path} există deja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist.</source>
        <translation>{path} nu există.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was written by a newer version of Comptoir: update Comptoir to open it.</source>
        <translation>{path} a fost scris de o versiune mai nouă de Comptoir: actualizați Comptoir pentru a-l deschide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} could not be upgraded to this version of Comptoir ({problem}). The file is unchanged; a backup is at {backup}.</source>
        <translation>{path} nu a putut fi actualizat pentru această versiune de Comptoir ({problem}). Fișierul este neschimbat; o copie de siguranță se află în {backup}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup {path} failed its check ({problem}) and was not kept.</source>
        <translation>Copia de siguranță {path} nu a trecut verificarea ({problem}) și nu a fost păstrată.</translation>
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
        <translation>IBAN-ul {iban} nu este valid: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIC {bic} is not valid: {reason}.</source>
        <translation>Codul BIC {bic} nu este valid: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number {number} is not valid: {reason}.</source>
        <translation>Numărul de cont {number} nu este valid: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no bank account or cash box {account}.</source>
        <translation>Nu există contul bancar sau casieria {account}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} is closed: reopen it to record movements.</source>
        <translation>{account} este închis: redeschideți-l pentru a înregistra operațiuni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account} would go below zero on {date}: the cash box holds {available} and the payment is {amount}.</source>
        <translation>{account} ar ajunge sub zero la {date}: în casierie sunt {available}, iar plata este de {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A transfer needs two different accounts.</source>
        <translation>Un transfer intern are nevoie de două conturi diferite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This movement has already been reversed.</source>
        <translation>Această operațiune a fost deja stornată.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Exportul a fost anulat; nu s-a scris niciun fișier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} could not be written: {problem}.</source>
        <translation>{path} nu a putut fi scris: {problem}.</translation>
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
        <translation>Documentul {number} este deja anulat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: “{value}” is not a valid {kind}.</source>
        <translation>{field}: „{value}” nu este un {kind} valid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no customer {customer}.</source>
        <translation>Clientul {customer} nu există.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another customer already has the code {customer_code}.</source>
        <translation>Un alt client are deja codul {customer_code}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no invoice {invoice}.</source>
        <translation>Factura {invoice} nu există.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number {number} is already used ({kind}).</source>
        <translation>Numărul {number} este deja folosit ({kind}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice {number} has only {open_amount} left to pay, not {amount}.</source>
        <translation>Pe factura {number} au mai rămas de plată doar {open_amount}, nu {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The allocations add up to {allocated}, more than the {amount} paid.</source>
        <translation>Alocările însumează {allocated}, mai mult decât cei {amount} plătiți.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{customer} has {available} of credit, not {amount}.</source>
        <translation>{customer} are un avans disponibil de {available}, nu de {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{customer} has been doubtful since {date}.</source>
        <translation>{customer} este client incert din {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no payment {collection}.</source>
        <translation>Încasarea {collection} nu există.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment {number} is already cancelled.</source>
        <translation>Încasarea {number} este deja anulată.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no receipt {receipt}.</source>
        <translation>Chitanța {receipt} nu există.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no dunning run {run}.</source>
        <translation>Nu există lotul de somații {run}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice {number} is already disputed (since {date}).</source>
        <translation>Factura {number} este deja în litigiu (din {date}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice {number} is not disputed.</source>
        <translation>Factura {number} nu este în litigiu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} of the letter uses “{placeholder}”, which is not one of: {known}.</source>
        <translation>Câmpul {field} al scrisorii folosește „{placeholder}”, care nu se află printre: {known}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice {number} cannot get a level {level} letter: {reason}.</source>
        <translation>Pentru factura {number} nu se poate emite o scrisoare de nivelul {level}: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dunning run as of {last} is already recorded: a new run cannot be as of {as_of}.</source>
        <translation>Un lot de somații la data de {last} este deja înregistrat: un lot nou nu poate avea data {as_of}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be imported: {problem}.</source>
        <translation>{path} nu poate fi importat: {problem}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import mapping, {field}: {reason}.</source>
        <translation>Maparea importului, {field}: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no saved import mapping “{name}”.</source>
        <translation>Nu există nicio mapare de import salvată „{name}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}, line {line}, column “{column}”: {problem} ({count} problems in all; nothing was imported).</source>
        <translation>{path}, linia {line}, coloana „{column}”: {problem} ({count} probleme în total; nu s-a importat nimic).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <extracomment>Codes whose ``field`` detail names a field, shown by its label. Field names as InvalidSettings and InvalidMovement report them.</extracomment>
        <translation>Denumire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number and date format</source>
        <translation>Formatul numerelor și datelor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First month of the fiscal year</source>
        <translation>Prima lună a exercițiului financiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base currency</source>
        <translation>Moneda de bază</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of accounts</source>
        <translation>Plan de conturi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firmă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger account</source>
        <translation>Cont contabil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening balance</source>
        <translation>Sold inițial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening exchange rate</source>
        <translation>Curs de schimb inițial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash limit</source>
        <translation>Plafon de casă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>Cota de TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount excluding VAT</source>
        <translation>Suma fără TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Payment method</source>
        <translation>Modalitate de plată</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Cheque number</source>
        <translation>Numărul cecului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate</source>
        <translation>Curs de schimb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate of the amount sent</source>
        <translation>Cursul de schimb al sumei trimise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate of the amount received</source>
        <translation>Cursul de schimb al sumei primite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount sent</source>
        <translation>Suma trimisă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount received</source>
        <translation>Suma primită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement</source>
        <translation>Operațiune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the person</source>
        <translation>Numele persoanei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Scop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page format</source>
        <translation>Format de pagină</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration ID</source>
        <translation>Nr. Reg. Com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number</source>
        <translation>Cod TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>Termen de plată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>Limită de credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dunning level</source>
        <translation>Nivel de somație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Linii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Scadență</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation</source>
        <translation>Alocare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account or cash box</source>
        <translation>Cont bancar sau casă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Factură</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Încasare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buckets</source>
        <translation>Intervale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised date</source>
        <translation>Data promisă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised amount</source>
        <translation>Suma promisă</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a line in the base currency has an exchange rate of 1</source>
        <extracomment>Reasons the app gives in English inside details (InvalidLine, InvalidSettings, ChainBroken): a pattern, and the translatable sentence filled from its groups.</extracomment>
        <translation>o linie în moneda de bază are cursul 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>an amount in {currency} needs an exchange rate</source>
        <translation>o sumă în {currency} are nevoie de un curs de schimb</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>amounts must be whole cents</source>
        <translation>sumele trebuie să fie în subdiviziuni întregi (bani)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amounts cannot be negative</source>
        <translation>sumele nu pot fi negative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a line has either a debit or a credit, not both</source>
        <translation>o linie are fie debit, fie credit, nu amândouă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no journal {journal}</source>
        <translation>jurnalul {journal} nu există</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the company needs a name</source>
        <translation>firma trebuie să aibă o denumire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose one of {choices}</source>
        <translation>alegeți una dintre {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a month from 1 to 12</source>
        <translation>o lună de la 1 la 12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be changed once the ledger exists</source>
        <translation>nu mai poate fi schimbat după crearea dosarului</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ledger has no company settings</source>
        <translation>dosarul nu are setările firmei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no sub-account code is free</source>
        <translation>niciun simbol de cont analitic nu este liber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} is not a class 5 account that can be posted to</source>
        <translation>{code} nu este un cont din clasa 5 în care se poate înregistra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} already belongs to another bank account or cash box</source>
        <translation>{code} aparține deja altui cont bancar sau altei casierii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bank or cash box</source>
        <translation>bancă sau casierie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account needs a name</source>
        <translation>contul trebuie să aibă o denumire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a cash box cannot start below zero</source>
        <translation>o casierie nu poate începe cu sold negativ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the limit cannot be negative</source>
        <translation>plafonul nu poate fi negativ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an opening balance in {currency} needs an exchange rate</source>
        <translation>un sold inițial în {currency} are nevoie de un curs de schimb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an Algerian RIB has 20 digits</source>
        <translation>un RIB algerian are 20 de cifre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key is {key} but the digits give {expected}</source>
        <translation>cheia este {key}, dar cifrele dau {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>money in or money out</source>
        <translation>încasare sau plată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rate from 0 to 100</source>
        <translation>o cotă de la 0 la 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} cannot be posted to</source>
        <translation>în contul {code} nu se poate înregistra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the category needs a name</source>
        <translation>categoria trebuie să aibă o denumire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} is not an income, expense or third-party account</source>
        <translation>{code} nu este un cont de venituri, de cheltuieli sau de terți</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no category {id}</source>
        <translation>categoria {id} nu există</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cheque needs its number</source>
        <translation>un cec trebuie să aibă număr</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>the amount must be more than zero</source>
        <translation>suma trebuie să fie mai mare decât zero</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>VAT cannot be negative</source>
        <translation>TVA nu poate fi negativă</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>say how much arrives in {currency}</source>
        <translation>indicați suma care ajunge în {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the category is for the other direction</source>
        <translation>categoria este pentru celălalt sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no movement {id}</source>
        <translation>operațiunea {id} nu există</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a reversal cannot itself be reversed</source>
        <translation>o stornare nu poate fi la rândul ei stornată</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>say who pays or receives the money</source>
        <translation>spuneți cine plătește sau primește banii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what the money is for</source>
        <translation>spuneți pentru ce sunt banii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no voucher {id}</source>
        <translation>documentul {id} nu există</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no receipt {number}</source>
        <translation>chitanța {number} nu există</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no payment voucher {number}</source>
        <translation>dispoziția de plată {number} nu există</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no discharge slip {number}</source>
        <translation>descărcarea {number} nu există</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say why the voucher is void</source>
        <translation>spuneți de ce este anulat documentul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a .xlsx or .csv file</source>
        <translation>alegeți un fișier .xlsx sau .csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a .xlsx file</source>
        <translation>alegeți un fișier .xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected at position {position}</source>
        <translation>așteptată pe poziția {position}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lines are missing or out of order</source>
        <translation>lipsesc linii sau sunt în altă ordine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>debits and credits differ</source>
        <translation>debitele și creditele diferă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line dates differ from the entry date</source>
        <translation>data liniilor diferă de data înregistrării</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its content or its place in the chain was altered</source>
        <translation>conținutul sau locul ei în lanț a fost modificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there are lines of an unknown entry {entry}</source>
        <translation>există linii ale unei înregistrări necunoscute {entry}</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+5"/>
        <source>you, in this Comptoir window</source>
        <translation>dumneavoastră, în această fereastră Comptoir</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>another program</source>
        <translation>alt program</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{user} on {host} (process {pid}, since {since})</source>
        <translation>{user} pe {host} (procesul {pid}, din {since})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Something went wrong: {error}</source>
        <translation>A apărut o eroare neașteptată: {error}</translation>
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
        <translation>Fișierul dosarului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole ledger is kept in this one file. Keep it in a folder you back up.</source>
        <translation>Întregul dosar contabil este păstrat în acest singur fișier. Puneți-l într-un director de care faceți copii de siguranță.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Răsfoiește…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Fișier:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create</source>
        <translation>&amp;Creează</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where to keep the ledger</source>
        <translation>Unde se păstrează dosarul contabil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptoir ledgers (*%1)</source>
        <translation>Dosare Comptoir (*%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose where to keep the ledger file.</source>
        <translation>Alegeți unde se păstrează fișierul dosarului.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file with this name already exists: choose another name.</source>
        <translation>Există deja un fișier cu acest nume: alegeți alt nume.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder.</source>
        <translation>%1 nu este un director.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file could not be created: %1</source>
        <translation>Fișierul nu a putut fi creat: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/import_dialog.py" line="+66"/>
        <source>Number</source>
        <extracomment>The columns a mapping names: (ImportMapping field, label, required).</extracomment>
        <translation>Număr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer code</source>
        <translation>Cod client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net amount</source>
        <translation>Valoare fără TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>Cota TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>Nume client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice or credit note</source>
        <translation>Factură sau stornare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Scadență</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line label</source>
        <translation>Denumire linie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT amount (checked)</source>
        <translation>Valoare TVA (verificată)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income account</source>
        <translation>Cont de venit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column not found</source>
        <extracomment>What each kind of problem means, worded for the user; the details stay as found.</extracomment>
        <translation>Coloană negăsită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several columns</source>
        <translation>Mai multe coloane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty cell</source>
        <translation>Celulă goală</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date</source>
        <translation>Nu este o dată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an amount</source>
        <translation>Nu este o sumă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a VAT rate</source>
        <translation>Nu este o cotă TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind</source>
        <translation>Tip necunoscut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong account</source>
        <translation>Cont greșit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other currency</source>
        <translation>Altă monedă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT does not match</source>
        <translation>TVA nu corespunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown customer</source>
        <translation>Client necunoscut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines disagree</source>
        <translation>Linii neconcordante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already recorded</source>
        <translation>Deja înregistrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due before its date</source>
        <translation>Scadență înaintea datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period locked</source>
        <translation>Perioadă blocată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refuzat</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Import invoices</source>
        <extracomment>The file as read and its preview, for the mapping shown. The job reading/previewing or importing, while it runs. What was imported, once done.</extracomment>
        <translation>Importă facturi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV or Excel file from the sales program</source>
        <translation>Un fișier CSV sau Excel din programul de facturare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Alege…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the mapping</source>
        <translation>Numele mapării</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load</source>
        <translation>În&amp;carcă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping</source>
        <translation>&amp;Salvează maparea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create the customers not found (by their code and name)</source>
        <translation>Creează clienții negăsiți (după cod și nume)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As the ledger writes numbers</source>
        <translation>Ca în contabilitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (1 234,56)</source>
        <translation>Virgulă (1 234,56)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full stop (1,234.56)</source>
        <translation>Punct (1,234.56)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preview</source>
        <translation>&amp;Previzualizare</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Documents</source>
        <translation>Documente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record every document of the file, or none if anything is wrong</source>
        <translation>Înregistrează toate documentele din fișier sau niciunul dacă ceva este greșit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mapping</source>
        <translation>Mapare</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Default account</source>
        <translation>Cont implicit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format</source>
        <translation>Format dată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal separator</source>
        <translation>Separator zecimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice values</source>
        <translation>Valori pentru factură</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note values</source>
        <translation>Valori pentru stornare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns (needed)</source>
        <translation>Coloane (obligatorii)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns (if the file has them)</source>
        <translation>Coloane (dacă există în fișier)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Invoices to import</source>
        <translation>Facturi de importat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales exports (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Exporturi de vânzări (*.csv *.txt *.xlsx *.xlsm);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Type a name for the mapping.</source>
        <translation>Introduceți un nume pentru mapare.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The mapping changed: preview again.</source>
        <translation>Maparea s-a modificat: previzualizați din nou.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading %1…</source>
        <translation>Se citește %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the file…</source>
        <translation>Se citește fișierul…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 rows. Choose the columns (or a saved mapping), then preview.</source>
        <translation>%1: %2 rânduri. Alegeți coloanele (sau o mapare salvată), apoi previzualizați.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 invoices (%2) and %3 credit notes (%4)</source>
        <translation>%1 facturi (%2) și %3 facturi de stornare (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new customers</source>
        <translation>%1 clienți noi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 problems: nothing can be imported until they are corrected</source>
        <translation>%1 probleme: nu se poate importa nimic până nu sunt corectate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ready to import</source>
        <translation>gata de import</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Importing the invoices…</source>
        <translation>Se importă facturile…</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/invoice_dialog.py" line="+211"/>
        <source>As the sales program numbered it</source>
        <extracomment>What the chosen customer owes before this invoice, and its open invoices. The invoice or credit note as posted, once accepted.</extracomment>
        <translation>Așa cum a fost numerotată în programul de facturare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order, delivery note… (optional)</source>
        <translation>Comandă, aviz de însoțire… (opțional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The invoice this credit note settles; otherwise it stays customer credit</source>
        <translation>Factura pe care o stinge această stornare; altfel rămâne credit al clientului</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove line</source>
        <translation>Elimină linia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the current line (Ctrl+Del)</source>
        <translation>Elimină linia curentă (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Post</source>
        <translation>Înregistrează</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ustomer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;umber</source>
        <translation>&amp;Număr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Terms</source>
        <translation>&amp;Termen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due dat&amp;e</source>
        <translation>Scad&amp;ență</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settles</source>
        <translation>&amp;Stinge factura</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reference</source>
        <translation>&amp;Referință</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote</source>
        <translation>N&amp;otă</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Net</source>
        <translation>Fără TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New invoice</source>
        <translation>Factură nouă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New credit note</source>
        <translation>Factură de stornare nouă</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing: keep it as customer credit</source>
        <translation>Niciuna: rămâne credit al clientului</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (open %2)</source>
        <translation>%1 (neîncasat %2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no credit limit</source>
        <translation>fără limită de credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credit limit %1</source>
        <translation>limită de credit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owes %1; %2</source>
        <translation>Datorează %1; %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This invoice takes %1 to %2, over its credit limit of %3. It can be posted all the same.</source>
        <translation>Această factură îl duce pe %1 la %2, peste limita de credit de %3. Poate fi totuși înregistrată.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the customer.</source>
        <translation>Alegeți clientul.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number.</source>
        <translation>Introduceți numărul.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type at least one line.</source>
        <translation>Introduceți cel puțin o linie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The total must be more than zero.</source>
        <translation>Totalul trebuie să fie mai mare decât zero.</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location line="+3"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Due</source>
        <translation>Scadență</translation>
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
        <translation>Neîncasat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Notă contabilă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>Fără TVA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settled by</source>
        <translation>Stinsă prin</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lines</source>
        <translation>Linii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement</source>
        <translation>Achitare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders and actions</source>
        <translation>Somații și acțiuni</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(payment cancelled)</source>
        <translation>(încasare anulată)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>promised for %1</source>
        <translation>promis pentru %1</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../ui/tabs/receivables/view.py" line="+44"/>
        <source>New invoice…</source>
        <translation>Factură nouă…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New credit note…</source>
        <translation>Factură de stornare nouă…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <source>Cancel invoice…</source>
        <translation>Anulează factura…</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Post a credit note of all its lines that settles what is open</source>
        <translation>Înregistrează o factură de stornare pentru toate liniile, care stinge suma neîncasată</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Record payment…</source>
        <translation>Înregistrează încasare…</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Import…</source>
        <translation>Importă…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoices from another sales program (CSV or Excel), with a saved column mapping</source>
        <translation>Facturi din alt program de facturare (CSV sau Excel), cu o mapare de coloane salvată</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All customers</source>
        <translation>Toți clienții</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoices and credit notes</source>
        <translation>Facturi și facturi de stornare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Facturi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit notes</source>
        <translation>Facturi de stornare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>Orice stare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (unpaid or partially paid)</source>
        <translation>Neîncasate (neplătite sau plătite parțial)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Overdue only</source>
        <translation>Doar &amp;restante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open</source>
        <translation>Neîncasat</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <location filename="../ui/tabs/journal/tab.py" line="+136"/>
        <source>%1 lines</source>
        <extracomment>Typing in the search box waits this long for a pause before querying.</extracomment>
        <translation>%1 linii</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drafts</source>
        <translation>Ciorne</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../ui/tabs/journal/models.py" line="-222"/>
        <source>Reversal</source>
        <extracomment>Reversed entries and reversals are drawn in grey italics: still in the books, but cancelled out.</extracomment>
        <translation>Stornare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed</source>
        <translation>Stornată</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Explicație</translation>
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
        <translation>Stare</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../ui/tabs/journal/view.py" line="+35"/>
        <source>New entry</source>
        <translation>Înregistrare nouă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a new journal entry (Ctrl+N)</source>
        <translation>Introduceți o înregistrare nouă (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View entry</source>
        <translation>Vezi înregistrarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>Stornează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post an entry that cancels the selected one</source>
        <translation>Înregistrează o stornare a înregistrării selectate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Ciorne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All dates</source>
        <translation>Toate datele</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search labels, numbers, references</source>
        <translation>Caută explicații, numere, referințe</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Cont</translation>
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
        <translation>Operațiuni diverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Bancă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Casă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Vânzări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases</source>
        <translation>Cumpărări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening balances</source>
        <translation>Solduri inițiale</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/main.py" line="+64"/>
        <source>Creating the demo ledger…</source>
        <translation>Se creează dosarul demonstrativ…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="+91"/>
        <source>&amp;New ledger…</source>
        <extracomment>Characters of the chain&apos;s last hash shown in the status bar. The job under way (backup, restore, verify), if any.</extracomment>
        <translation>Dosar &amp;nou…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Deschide…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backup now…</source>
        <translation>Copie de &amp;siguranță acum…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>Res&amp;taurează…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verifică</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>S&amp;etări…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close ledger</source>
        <translation>În&amp;chide dosarul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Comptoir</source>
        <translation>&amp;Despre Comptoir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>Dosare &amp;recente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No recent ledgers</source>
        <translation>Niciun dosar recent</translation>
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
        <translation>Dosare Comptoir (*%1);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a ledger</source>
        <translation>Deschide un dosar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Back up the ledger</source>
        <translation>Copie de siguranță a dosarului</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing and checking the backup…</source>
        <translation>Se scrie și se verifică copia de siguranță…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup saved and verified: %1</source>
        <translation>Copie de siguranță salvată și verificată: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup</source>
        <translation>Copie de siguranță</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was saved and verified:
%1</source>
        <translation>Copia de siguranță a fost salvată și verificată:
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the ledger…</source>
        <translation>Se verifică dosarul…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verified · %1 entries · last hash %2</source>
        <translation>Verificat · %1 înregistrări · ultima amprentă %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Verify</source>
        <translation>Verificare</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The ledger is sound: %1 entries checked, the hash chain is intact.
Last hash: %2</source>
        <translation>Dosarul este integru: %1 înregistrări verificate, lanțul de amprente este intact.
Ultima amprentă: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verification failed</source>
        <translation>Verificare eșuată</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ledger failed its check after %1 sound entries:
%2

Restore a recent backup (File ▸ Restore…).</source>
        <translation>Dosarul nu a trecut verificarea după %1 înregistrări integre:
%2

Restaurați o copie de siguranță recentă (Fișier ▸ Restaurează…).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the backup to restore</source>
        <translation>Alegeți copia de siguranță de restaurat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking and restoring the backup…</source>
        <translation>Se verifică și se restaurează copia de siguranță…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore as</source>
        <translation>Restaurează ca</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <source>Restore</source>
        <translation>Restaurare</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Replace %1 with the backup %2?

The current file is backed up first, so this can be undone.</source>
        <translation>Înlocuiți %1 cu copia de siguranță %2?

Fișierul actual este salvat mai întâi, deci operațiunea poate fi anulată.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ledger was restored from %1.</source>
        <translation>Dosarul a fost restaurat din %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file it replaced was saved as %1.</source>
        <translation>Fișierul înlocuit a fost păstrat ca %1.</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/movement_dialog.py" line="+129"/>
        <source>Money in</source>
        <extracomment>True once the user typed a VAT of their own (until the amount or rate changes). The posted movement, once the dialog was accepted.</extracomment>
        <translation>Încasare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Plată</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date the bank counts the money from (leave — when it is the same)</source>
        <translation>Data de la care banca ia în calcul suma (lăsați — dacă este aceeași)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who pays</source>
        <translation>Plătitor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is paid</source>
        <translation>Beneficiar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amount &amp;includes VAT</source>
        <translation>Suma &amp;include TVA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computed from the rate; type another amount to override it</source>
        <translation>Calculată din cotă; introduceți altă sumă pentru a o înlocui</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Record</source>
        <translation>Înregistrează</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value date</source>
        <translation>Data &amp;valutei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;ount</source>
        <translation>C&amp;ont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter&amp;party</source>
        <translation>&amp;Partener</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount</source>
        <translation>&amp;Suma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT &amp;rate (%)</source>
        <translation>Co&amp;ta de TVA (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA&amp;T</source>
        <translation>T&amp;VA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stamp duty</source>
        <translation>Taxă de ti&amp;mbru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Method</source>
        <translation>&amp;Modalitate de plată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heque number</source>
        <translation>Numărul c&amp;ecului</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&amp;nvoice number</source>
        <translation>Numărul fa&amp;cturii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice date</source>
        <translation>Data facturii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>Numărul comenzii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Data comenzii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Movement</source>
        <translation>Operațiune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Plată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation>Referințe</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Rate (%1 per 1 %2)</source>
        <translation>Curs (%1 pentru 1 %2)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Open a bank account or cash box first.</source>
        <translation>Deschideți mai întâi un cont bancar sau o casierie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category.</source>
        <translation>Alegeți o categorie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid amount.</source>
        <translation>„%1” nu este o sumă validă.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VAT rate is a number from 0 to 100.</source>
        <translation>Cota de TVA este un număr de la 0 la 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the amount.</source>
        <translation>Introduceți suma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VAT is larger than the amount.</source>
        <translation>TVA depășește suma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cheque needs its number.</source>
        <translation>Un cec trebuie să aibă număr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the exchange rate (%1 per 1 %2).</source>
        <translation>Introduceți cursul de schimb (%1 pentru 1 %2).</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gorie</translation>
    </message>
</context>
<context>
    <name>MovementViewDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/movement_view_dialog.py" line="+129"/>
        <source>Number</source>
        <extracomment>For a transfer: the other account&apos;s side (same transfer, not a reversal).</extracomment>
        <translation>Număr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value date</source>
        <translation>Data valutei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterparty</source>
        <translation>Partener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment method</source>
        <translation>Modalitate de plată</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp duty</source>
        <translation>Taxă de timbru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Factură</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Movement %1</source>
        <translation>Operațiunea %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal entry %1 (%2)</source>
        <translation>Înregistrarea contabilă %1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Transfer (%1)</source>
        <translation>Virament (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reversed by %1</source>
        <translation>Stornată prin %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reversal of %1</source>
        <translation>Stornarea operațiunii %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to %1: %2</source>
        <translation>Trimis către %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from %1: %2</source>
        <translation>Primit de la %1: %2</translation>
    </message>
</context>
<context>
    <name>NewLedgerWizard</name>
    <message>
        <location filename="../ui/shell/new_ledger_wizard.py" line="+10"/>
        <source>New ledger</source>
        <translation>Dosar contabil nou</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/payment_dialog.py" line="+100"/>
        <source>Record a payment</source>
        <extracomment>What recording and printing can end with; anything else is a bug and surfaces. The customer&apos;s unapplied credit before this payment. True once the user changed the allocation (a new amount no longer re-proposes). True once the user ticked or unticked &quot;print the receipt&quot; themselves. The payment as recorded, and its receipt&apos;s first print, once accepted.</extracomment>
        <translation>Înregistrează o încasare</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoice numbers named here are settled first</source>
        <translation>Facturile ale căror numere sunt indicate aici se sting primele</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Propose again</source>
        <translation>&amp;Propune din nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named invoices first, then the oldest due</source>
        <translation>Întâi facturile indicate, apoi cele mai vechi scadențe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep all as credit</source>
        <translation>Păstrează tot ca &amp;credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocate nothing: the whole payment stays customer credit (a deposit)</source>
        <translation>Nu aloca nimic: întreaga încasare rămâne credit al clientului (avans)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print the &amp;receipt</source>
        <translation>&amp;Tipărește chitanța</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Înregistrează</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ustomer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid &amp;into</source>
        <translation>Încasat î&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Sumă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Modalitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heque number</source>
        <translation>Nr. &amp;filă CEC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eference</source>
        <translation>R&amp;eferință</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment</source>
        <translation>Încasare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allocated to invoices</source>
        <translation>Alocat pe facturi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left as customer credit</source>
        <translation>Rămas credit al clientului</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp duty (cash)</source>
        <translation>Taxă de timbru (numerar)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open invoices</source>
        <translation>Facturi neîncasate</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 open invoices, %2 left to pay</source>
        <translation>%1 facturi neîncasate, %2 rest de plată</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credit already held: %1</source>
        <translation>credit existent: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 (the customer hands over %2)</source>
        <translation>%1 (clientul predă %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the customer.</source>
        <translation>Alegeți clientul.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a bank account or cash box first.</source>
        <translation>Deschideți mai întâi un cont bancar sau o casă.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid amount.</source>
        <translation>„%1” nu este o sumă validă.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the amount received.</source>
        <translation>Introduceți suma încasată.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice %1 has only %2 left to pay.</source>
        <translation>Factura %1 mai are de plată doar %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The allocations add up to %1, more than the %2 received.</source>
        <translation>Alocările însumează %1, mai mult decât suma încasată de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cheque needs its number.</source>
        <translation>Pentru cec trebuie indicat numărul.</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../ui/tabs/receivables/view.py" line="+16"/>
        <source>Record payment…</source>
        <translation>Înregistrează încasare…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print receipt</source>
        <translation>Tipărește chitanța</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the selected payment&apos;s receipt (a copy after the first is a duplicate)</source>
        <translation>Tipărește chitanța încasării selectate (orice exemplar după primul este duplicat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview receipt</source>
        <translation>Previzualizează chitanța</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel payment…</source>
        <translation>Anulează încasarea…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse a payment recorded by mistake; its receipt prints void</source>
        <translation>Stornează o încasare înregistrată din greșeală; chitanța se tipărește ca anulată</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All customers</source>
        <translation>Toți clienții</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
</context>
<context>
    <name>PostedLinesModel</name>
    <message>
        <location filename="../ui/tabs/journal/models.py" line="+280"/>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Explicație</translation>
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
        <translation>Salvează ca PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../ui/shell/qt_texts.py" line="+65"/>
        <source>&amp;Select All</source>
        <translation>&amp;Selectează tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Crește</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>&amp;Scade</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-17"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+12"/>
        <source>Show Details...</source>
        <translation>Arată detaliile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Ascunde detaliile…</translation>
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
        <translation>Salvează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Salvează tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Da la &amp;toate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;u la toate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abandonează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignoră</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Nu salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Resetează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restabilește valorile implicite</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+25"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copiază adresa &amp;legăturii</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-28"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Îna&amp;poi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>Îna&amp;inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>Îna&amp;inte &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Termină</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Confirmă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
</context>
<context>
    <name>Receivables</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/action_dialog.py" line="-88"/>
        <source>Phone call</source>
        <translation>Apel telefonic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Vizită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise to pay</source>
        <translation>Promisiune de plată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute (pauses reminders)</source>
        <translation>Litigiu (suspendă somațiile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute settled</source>
        <translation>Litigiu soluționat</translation>
    </message>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/credit_dialogs.py" line="-279"/>
        <location filename="../ui/tabs/receivables/models.py" line="+70"/>
        <source>Payment</source>
        <translation>Încasare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 of %3: %4 available</source>
        <translation>%1 %2 din %3: %4 disponibil</translation>
    </message>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/import_dialog.py" line="-473"/>
        <location filename="../ui/tabs/receivables/models.py" line="+224"/>
        <location line="+703"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-705"/>
        <location line="+52"/>
        <location line="+70"/>
        <location line="+586"/>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-704"/>
        <location line="+46"/>
        <location line="+70"/>
        <location line="+44"/>
        <location line="+546"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-704"/>
        <location line="+159"/>
        <location line="+547"/>
        <location line="+246"/>
        <source>Due</source>
        <translation>Scadență</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-949"/>
        <location line="+45"/>
        <location line="+571"/>
        <location line="+201"/>
        <source>Customer</source>
        <extracomment>The reasons a run refuses even when the bookkeeper adds the invoice by hand. Customers with something proposed first, then those with nothing to remind.</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Linii</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-468"/>
        <source>Net</source>
        <translation>Fără TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="+2"/>
        <source>VAT</source>
        <translation>TVA</translation>
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
        <translation>Linie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Coloană</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-520"/>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/invoice_view_dialog.py" line="-7"/>
        <location filename="../ui/tabs/receivables/models.py" line="-341"/>
        <source>Reminder letter</source>
        <translation>Scrisoare de somație</translation>
    </message>
    <message>
        <location filename="../ui/tabs/receivables/dunning.py" line="-223"/>
        <source>Run</source>
        <extracomment>Errors validating or printing can end with; anything else is a bug and surfaces.</extracomment>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of</source>
        <translation>La data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters</source>
        <translation>Scrisori</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/tabs/receivables/models.py" line="+1047"/>
        <location line="+132"/>
        <source>Claimed</source>
        <translation>Solicitat</translation>
    </message>
    <message>
        <location filename="../ui/tabs/receivables/models.py" line="-1200"/>
        <source>Unpaid</source>
        <extracomment>Late invoices, amounts over a limit, refusals typed into a grid. Doubtful customers. Cancelled payments, inactive customers. Customer credit (what the company owes back).</extracomment>
        <translation>Neplătită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <translation>Plătită parțial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Plătită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapplied</source>
        <translation>Nealocată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly applied</source>
        <translation>Alocată parțial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>Alocată</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+387"/>
        <location line="+516"/>
        <location line="+278"/>
        <source>Invoice</source>
        <translation>Factură</translation>
    </message>
    <message>
        <location line="-1185"/>
        <location line="+5"/>
        <location line="+903"/>
        <source>Credit note</source>
        <translation>Factură de stornare</translation>
    </message>
    <message>
        <location line="-901"/>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment cancelled</source>
        <translation>Încasare anulată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation</source>
        <translation>Alocare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer to doubtful</source>
        <translation>Transfer la incerți</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <translation>Litigiu</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Name</source>
        <extracomment>Width hint in characters. A colour for the cell, or None. The row object under this role (tests, delegates). What is left to pay on its invoices. Unapplied credit: payments on account, overpayments, credit notes not used.</extracomment>
        <translation>Nume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax ID</source>
        <translation>Cod fiscal</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+621"/>
        <source>Open invoices</source>
        <extracomment>The row object (an ``AgedRow``, or None for the totals row) under this role.</extracomment>
        <translation>Facturi neîncasate</translation>
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
        <translation>Sold</translation>
    </message>
    <message>
        <location line="-879"/>
        <source>Credit limit</source>
        <translation>Limită de credit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <location line="+52"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Doubtful since %1</source>
        <translation>Incert din %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inactive</source>
        <translation>Inactiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over credit limit</source>
        <translation>Peste limita de credit</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+152"/>
        <location line="+554"/>
        <location line="+240"/>
        <source>Open</source>
        <translation>Neîncasat</translation>
    </message>
    <message>
        <location line="-941"/>
        <location line="+940"/>
        <source>Days late</source>
        <translation>Zile de întârziere</translation>
    </message>
    <message>
        <location line="-903"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamp duty</source>
        <translation>Taxă de timbru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Modalitate</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <location line="+37"/>
        <source>Allocated</source>
        <translation>Alocat</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>On account</source>
        <translation>În avans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Anulată</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Opening balance</source>
        <translation>Sold inițial</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event</source>
        <translation>Eveniment</translation>
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
        <translation>Denumire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Line %1: type a label.</source>
        <extracomment>Emitted after any change (totals and problems may have changed). Income accounts that can be posted to: code → name.</extracomment>
        <translation>Linia %1: introduceți o denumire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: choose an income account.</source>
        <translation>Linia %1: alegeți un cont de venit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: type the net amount.</source>
        <translation>Linia %1: introduceți valoarea fără TVA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: the VAT rate is a number from 0 to 100.</source>
        <translation>Linia %1: cota TVA este un număr între 0 și 100.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Not due</source>
        <translation>Nescadent</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+129"/>
        <source>Doubtful</source>
        <translation>Clienți incerți</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Bills received</source>
        <translation>Efecte primite</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Payment on account</source>
        <translation>Avans încasat</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Days</source>
        <translation>Zile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bucket</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pre-reminder</source>
        <translation>Prenotificare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level 1</source>
        <translation>Nivelul 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level 2</source>
        <translation>Nivelul 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level 3</source>
        <translation>Nivelul 3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer excluded from dunning</source>
        <extracomment>Why an invoice gets no letter (app.receivables.dunning&apos;s reason codes).</extracomment>
        <translation>Client exclus de la somații</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer never reminded</source>
        <translation>Client fără somații</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On an excluded account</source>
        <translation>Pe un cont exclus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>În litigiu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered by credit</source>
        <translation>Acoperită de credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not due yet</source>
        <translation>Încă nescadentă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the next delay</source>
        <translation>Se așteaptă următorul termen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest level sent</source>
        <translation>Nivel maxim trimis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-reminder held back</source>
        <translation>Prenotificare reținută</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Scrisoare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Facturi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Nothing to send</source>
        <extracomment>Emitted after the user ticked or unticked a customer.</extracomment>
        <translation>Nimic de trimis</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Last letter</source>
        <translation>Ultima scrisoare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not</source>
        <translation>De ce nu</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 on %2</source>
        <extracomment>Emitted after the user changed a line (ticked, unticked, another level).</extracomment>
        <translation>%1 din %2</translation>
    </message>
</context>
<context>
    <name>RecurringItemDialog</name>
    <message>
        <location filename="../ui/tabs/dashboard/dialogs/recurring_dialog.py" line="+60"/>
        <source>Recurring item</source>
        <extracomment>The item as saved, once accepted.</extracomment>
        <translation>Operațiune recurentă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>Modifică %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Shop rent</source>
        <translation>ex. Chiria magazinului</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Any account</source>
        <translation>Orice cont</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Label</source>
        <translation>&amp;Explicație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>S&amp;ens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount each month (%1)</source>
        <translation>&amp;Suma lunară (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day of the &amp;month</source>
        <translation>&amp;Ziua din lună</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;De la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until</source>
        <translation>&amp;Până la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccount</source>
        <translation>C&amp;ont</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>— none —</source>
        <translation>— niciuna —</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The item needs a label.</source>
        <translation>Operațiunea trebuie să aibă o explicație.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount of each month.</source>
        <translation>Introduceți suma pentru fiecare lună.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end comes after the start.</source>
        <translation>Sfârșitul trebuie să fie după început.</translation>
    </message>
</context>
<context>
    <name>RecurringItemsDialog</name>
    <message>
        <location line="+45"/>
        <source>Recurring items</source>
        <translation>Operațiuni recurente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add…</source>
        <translation>Adaugă…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifică…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Deactivate</source>
        <translation>Dezactivează</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reactivate</source>
        <translation>Reactivează</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Planned amounts, such as rent or salaries, counted in the dashboard&apos;s forecast months. They are a plan: nothing is posted to the books.</source>
        <translation>Sume planificate, precum chiria sau salariile, luate în calcul în lunile de previziune ale tabloului de bord. Sunt un plan: nimic nu se înregistrează în contabilitate.</translation>
    </message>
</context>
<context>
    <name>RecurringModel</name>
    <message>
        <location filename="../ui/tabs/dashboard/models.py" line="+279"/>
        <source>Label</source>
        <translation>Explicație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Zi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Până la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any</source>
        <translation>Oricare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/credit_dialogs.py" line="+142"/>
        <source>Refund %1</source>
        <extracomment>The refund, once posted.</extracomment>
        <translation>Rambursare %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Niciuna</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid &amp;from</source>
        <translation>Plătit &amp;din</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Sumă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Modalitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heque number</source>
        <translation>Nr. &amp;filă CEC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eference</source>
        <translation>R&amp;eferință</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open a bank account or cash box first.</source>
        <translation>Deschideți mai întâi un cont bancar sau o casă.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid amount.</source>
        <translation>„%1” nu este o sumă validă.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the amount to refund.</source>
        <translation>Introduceți suma de rambursat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 of credit is available.</source>
        <translation>Este disponibil doar un credit de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cheque needs its number.</source>
        <translation>Pentru cec trebuie indicat numărul.</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../ui/tabs/treasury/models.py" line="-131"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label / counterparty</source>
        <translation>Explicație / partener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Modalitate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In</source>
        <translation>Încasare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Plată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp duty</source>
        <translation>Taxă de timbru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Reversal</source>
        <translation>Stornare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed</source>
        <translation>Stornată</translation>
    </message>
</context>
<context>
    <name>RenameAccountDialog</name>
    <message>
        <location filename="../ui/tabs/accounts/dialogs/account_dialogs.py" line="+22"/>
        <source>Rename account %1</source>
        <translation>Redenumește contul %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code</source>
        <translation>Simbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../ui/tabs/journal/dialogs/reverse_dialog.py" line="+28"/>
        <source>Reverse entry %1</source>
        <translation>Stornează înregistrarea %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reversal of %1: %2</source>
        <translation>Stornare %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reversing entry swaps the debits and credits of %1. Both stay in the books.</source>
        <translation>Stornarea inversează debitele și creditele înregistrării %1. Ambele rămân în evidență.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reverse</source>
        <translation>Stornează</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reversal date</source>
        <translation>Data stornării</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Explicație</translation>
    </message>
</context>
<context>
    <name>ReverseMovementDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/reverse_dialog.py" line="+34"/>
        <source>Reverse %1</source>
        <extracomment>The reversal movements, once posted.</extracomment>
        <translation>Stornează %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2, %3</source>
        <translation>%1 din %2, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A transfer is reversed on both accounts. The movement and its reversal both stay in the registers.</source>
        <translation>Un virament se stornează în ambele conturi. Operațiunea și stornarea ei rămân amândouă în registre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reversing entry cancels this movement. The movement and its reversal both stay in the register.</source>
        <translation>O stornare anulează această operațiune. Operațiunea și stornarea ei rămân amândouă în registru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why, e.g. recorded twice</source>
        <translation>De ce, ex. înregistrată de două ori</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reverse</source>
        <translation>Stornează</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reversal &amp;date</source>
        <translation>&amp;Data stornării</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motiv</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say why the movement is reversed.</source>
        <translation>Spuneți de ce se stornează operațiunea.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reversal of %1: %2</source>
        <translation>Stornare %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/shell/settings_dialog.py" line="+72"/>
        <source>Settings</source>
        <extracomment>Logos larger than this are refused: they go into every document and backup.</extracomment>
        <translation>Setări</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>C&amp;hoose…</source>
        <extracomment>The settings as saved, once the dialog was accepted.</extracomment>
        <translation>A&amp;lege…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Eli&amp;mină</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No lock date</source>
        <translation>Fără blocare</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Same as the company&apos;s language</source>
        <translation>Limba firmei</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Company</source>
        <translation>Firmă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company &amp;name:</source>
        <translation>De&amp;numirea firmei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresă:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registration number:</source>
        <translation>Nr. de înregistrare (Reg. Co&amp;m.):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT number:</source>
        <translation>Cod de &amp;TVA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other identifiers:</source>
        <translation>Alți &amp;identificatori:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logo:</source>
        <translation>Siglă:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number and date &amp;format:</source>
        <translation>&amp;Formatul numerelor și datelor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language of documents:</source>
        <translation>&amp;Limba documentelor:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Books</source>
        <translation>Contabilitate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base currency:</source>
        <translation>Moneda de bază:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart of accounts:</source>
        <translation>Plan de conturi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year starts in:</source>
        <translation>Exercițiul financiar începe în:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Books &amp;locked up to:</source>
        <translation>Perioadă &amp;blocată până la:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing can be posted on or before the lock date.</source>
        <translation>Nu se poate înregistra nimic la data blocării sau înainte de ea.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer</source>
        <translation>Acest calculator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interface language:</source>
        <translation>Limba i&amp;nterfeței:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the company logo</source>
        <translation>Alegeți sigla firmei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The logo could not be read: %1</source>
        <translation>Sigla nu a putut fi citită: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo is too large (2 MB at most).</source>
        <translation>Sigla este prea mare (cel mult 2 MB).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Sigla trebuie să fie o imagine PNG sau JPEG.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No logo</source>
        <translation>Fără siglă</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The company needs a name.</source>
        <translation>Firma trebuie să aibă o denumire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a known locale (for example fr_FR, ro_RO, en_US).</source>
        <translation>„%1” nu este un format regional cunoscut (de exemplu fr_FR, ro_RO, en_US).</translation>
    </message>
</context>
<context>
    <name>TabRegistry</name>
    <message>
        <location filename="../ui/shell/tab_registry.py" line="+49"/>
        <source>Journal</source>
        <extracomment>Stable identifier (tests and saved window state use it). English source text; :attr:`title` is the translation. The tabs Comptoir ships, in the order they appear.</extracomment>
        <translation>Jurnal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart of accounts</source>
        <translation>Plan de conturi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank &amp; cash</source>
        <translation>Bancă și casierie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other expenses &amp; receipts</source>
        <translation>Alte cheltuieli și încasări</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treasury dashboard</source>
        <translation>Tabloul de bord al trezoreriei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collections</source>
        <translation>Creanțe</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../ui/tabs/treasury/view.py" line="+52"/>
        <source>Opening balance</source>
        <extracomment>The warning strip above the register (cash limit exceeded…).</extracomment>
        <translation>Sold inițial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total in</source>
        <translation>Total încasări</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total out</source>
        <translation>Total plăți</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing balance</source>
        <translation>Sold final</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/transfer_dialog.py" line="+55"/>
        <source>Transfer between accounts</source>
        <extracomment>The posted transfer, once the dialog was accepted.</extracomment>
        <translation>Virament între conturi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Cash deposit</source>
        <translation>ex. Depunere de numerar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer</source>
        <translation>Virament</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;De la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Către</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;sent</source>
        <translation>Suma &amp;trimisă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;received</source>
        <translation>Suma &amp;primită</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Label</source>
        <translation>&amp;Explicație</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rate (%1 per 1 %2)</source>
        <translation>Curs (%1 pentru 1 %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A transfer needs two accounts.</source>
        <translation>Un virament are nevoie de două conturi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose two different accounts.</source>
        <translation>Alegeți două conturi diferite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount sent.</source>
        <translation>Introduceți suma trimisă.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount received in %1.</source>
        <translation>Introduceți suma primită în %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the exchange rate of %1.</source>
        <translation>Introduceți cursul de schimb pentru %1.</translation>
    </message>
</context>
<context>
    <name>Treasury</name>
    <message>
        <location filename="../ui/tabs/treasury/widgets.py" line="+30"/>
        <source>Bank account</source>
        <extracomment>The colour of problems typed into a dialog (as in the other tabs). The colour of a check that passed (&quot;IBAN valid&quot;).</extracomment>
        <translation>Cont bancar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash box</source>
        <translation>Casierie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cash</source>
        <translation>Numerar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque</source>
        <translation>Cec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Virament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct debit</source>
        <translation>Debit direct</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money in</source>
        <translation>Încasare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Plată</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>This month</source>
        <extracomment>Emitted with the new value (or ``None``) whenever the text changes.</extracomment>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Luna trecută</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Anul trecut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>Toate datele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personalizată</translation>
    </message>
</context>
<context>
    <name>TreasuryAccountDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/account_dialog.py" line="+145"/>
        <source>New bank account</source>
        <extracomment>Digits of an Algerian RIB (bank, agency, account, key). The account as saved, once the dialog was accepted.</extracomment>
        <translation>Cont bancar nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cash box</source>
        <translation>Casierie nouă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>Modifică %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. BNP current account</source>
        <translation>ex. Cont curent BCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Shop till</source>
        <translation>ex. Casa magazinului</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FR76 3000 6000 0112 3456 7890 189</source>
        <translation>RO49 AAAA 1B31 0075 9384 0000</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where IBAN does not apply (Algerian RIB: 20 digits)</source>
        <translation>Când IBAN nu se aplică (RIB algerian: 20 de cifre)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic (a new sub-account)</source>
        <translation>Automat (un cont analitic nou)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No limit</source>
        <translation>Fără plafon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <translation>Bancă</translation>
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
        <translation>Număr de cont național</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Ledger account</source>
        <translation>Cont contabil</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Opening balance</source>
        <translation>Sold inițial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening date</source>
        <translation>Data deschiderii</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeper</source>
        <translation>Gestionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash limit</source>
        <translation>Plafon de casă</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The account needs a name.</source>
        <translation>Contul trebuie să aibă o denumire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a known currency code.</source>
        <translation>Alegeți un cod de monedă cunoscut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The opening balance is not a valid amount.</source>
        <translation>Soldul inițial nu este o sumă validă.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cash box cannot start below zero.</source>
        <translation>O casierie nu poate începe cu sold negativ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An opening balance in %1 needs the exchange rate (%2 per 1 %1).</source>
        <translation>Un sold inițial în %1 are nevoie de cursul de schimb (%2 pentru 1 %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cash limit is not a valid amount.</source>
        <translation>Plafonul de casă nu este o sumă validă.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate (%1 per 1 %2)</source>
        <translation>Curs (%1 pentru 1 %2)</translation>
    </message>
</context>
<context>
    <name>TreasuryAccountsModel</name>
    <message>
        <location filename="../ui/tabs/treasury/models.py" line="-80"/>
        <source>Account</source>
        <extracomment>Reversed movements and their reversals: still in the books, cancelled out.</extracomment>
        <translation>Cont</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank accounts</source>
        <translation>Conturi bancare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash boxes</source>
        <translation>Casierii</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (closed)</source>
        <translation>%1 (închis)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keeper: %1</source>
        <translation>Gestionar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash limit: %1</source>
        <translation>Plafon de casă: %1</translation>
    </message>
</context>
<context>
    <name>TreasuryTab</name>
    <message>
        <location filename="../ui/tabs/treasury/tab.py" line="+192"/>
        <source>No account selected</source>
        <extracomment>Typing in the search box waits this long for a pause before querying. How long the cash-limit notice stays above the register. The job exporting the register, while it runs.</extracomment>
        <translation>Niciun cont selectat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a bank account or a cash box to start.</source>
        <translation>Deschideți un cont bancar sau o casierie pentru a începe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keeper: %1</source>
        <translation>Gestionar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>închis</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Reopen</source>
        <translation>Redeschide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Close %1? It will take no more movements; its history stays and it can be reopened.</source>
        <translation>Închideți %1? Nu va mai primi operațiuni; istoricul rămâne și poate fi redeschis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It still holds %1.</source>
        <translation>Mai are %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close account</source>
        <translation>Închide contul</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 now holds %2, above its limit of %3. Consider depositing cash at the bank.</source>
        <translation>%1 are acum %2, peste plafonul de %3. Depuneți numerarul în plus la bancă.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Export the register</source>
        <translation>Exportă registrul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Registru Excel (*.xlsx);;Fișier CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting the register…</source>
        <translation>Se exportă registrul…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Lines: %1</source>
        <translation>Linii: %1</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Lines written: %1
File: %2</source>
        <translation>Linii scrise: %1
Fișier: %2</translation>
    </message>
</context>
<context>
    <name>TreasuryView</name>
    <message>
        <location filename="../ui/tabs/treasury/view.py" line="+46"/>
        <source>New bank account</source>
        <translation>Cont bancar nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cash box</source>
        <translation>Casierie nouă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifică</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show closed accounts</source>
        <translation>Arată conturile închise</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Money in</source>
        <translation>Încasare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record money received (Ctrl+E)</source>
        <translation>Înregistrează o încasare (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Plată</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a payment (Ctrl+D)</source>
        <translation>Înregistrează o plată (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Virament</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move money between two accounts (Ctrl+T)</source>
        <translation>Mută bani între două conturi (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>Stornează</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected movement with a reversing entry</source>
        <translation>Anulează operațiunea selectată printr-o stornare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories…</source>
        <translation>Categorii…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The categories of money in and out: their accounts and VAT rates</source>
        <translation>Categoriile de încasări și plăți: conturile și cotele lor de TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the register as shown to Excel or CSV</source>
        <translation>Salvează registrul afișat în format Excel sau CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search counterparty, label, number, reference</source>
        <translation>Caută partener, explicație, număr, referință</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The running balance is hidden while searching.</source>
        <translation>Soldul curent este ascuns în timpul căutării.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
</context>
<context>
    <name>VoidVoucherDialog</name>
    <message>
        <location filename="../ui/tabs/vouchers/dialogs/void_dialog.py" line="+36"/>
        <source>Void %1</source>
        <extracomment>The voucher as void, once posted.</extracomment>
        <translation>Anulează %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 of %3: %4, %5</source>
        <translation>%1 %2 din %3: %4, %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The movement is reversed and the number stays used. A reprint of the voucher is marked void, with the reason.</source>
        <translation>Operațiunea se stornează, iar numărul rămâne folosit. O retipărire a documentului poartă mențiunea „anulat”, cu motivul.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why, e.g. wrong amount</source>
        <translation>De ce, ex. sumă greșită</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Void</source>
        <translation>Anulează documentul</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversal &amp;date</source>
        <translation>&amp;Data stornării</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say why the voucher is void.</source>
        <translation>Spuneți de ce se anulează documentul.</translation>
    </message>
</context>
<context>
    <name>VoucherForm</name>
    <message>
        <location filename="../ui/tabs/vouchers/form.py" line="+166"/>
        <source>The language the document is printed in</source>
        <extracomment>The languages a voucher can be written in (the amount in words exists for each). Looks up a person by name (exact, case-insensitive); None for someone new. True once the user typed a VAT of their own (until the amount or rate changes). Problems show once the user tried to post (an empty form is not an error).</extracomment>
        <translation>Limba în care se tipărește documentul</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>optional</source>
        <translation>opțional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the money is for</source>
        <translation>Pentru ce sunt banii</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cheque number</source>
        <translation>Numărul cecului</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>i&amp;ncludes VAT</source>
        <translation>i&amp;nclude TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount typed is VAT included; net and VAT are split from it</source>
        <translation>Suma introdusă include TVA; suma fără TVA și TVA se calculează din ea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computed from the rate; type another amount to override it</source>
        <translation>Calculată din cotă; introduceți altă sumă pentru a o înlocui</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print directl&amp;y</source>
        <translation>Tipărește &amp;direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the document to the printer without a preview</source>
        <translation>Trimite documentul la imprimantă fără previzualizare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post and print</source>
        <translation>Validează și tipărește</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the voucher and print it (Enter)</source>
        <translation>Înregistrează documentul și tipărește-l (Enter)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;ount</source>
        <translation>C&amp;ont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Limba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Person or company</source>
        <translation>&amp;Persoană sau firmă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID number</source>
        <translation>Nr. actului de &amp;identitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addre&amp;ss</source>
        <translation>Adre&amp;să</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;urpose</source>
        <translation>Sc&amp;op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Modalitate de plată</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Amount</source>
        <translation>&amp;Suma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT &amp;rate (%)</source>
        <translation>Co&amp;ta de TVA (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA&amp;T</source>
        <translation>T&amp;VA</translation>
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
        <translation>Plătitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is paid</source>
        <translation>Beneficiar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rate (%1 per 1 %2)</source>
        <translation>Curs (%1 pentru 1 %2)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Open a cash box or bank account first (Bank &amp; cash tab).</source>
        <translation>Deschideți mai întâi o casierie sau un cont bancar (fila Bancă și casierie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type who pays or is paid.</source>
        <translation>Scrieți cine plătește sau cine este plătit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what the money is for.</source>
        <translation>Scrieți pentru ce sunt banii.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category.</source>
        <translation>Alegeți o categorie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid amount.</source>
        <translation>„%1” nu este o sumă validă.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The VAT rate is a number from 0 to 100.</source>
        <translation>Cota de TVA este un număr de la 0 la 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the amount.</source>
        <translation>Introduceți suma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VAT is larger than the amount.</source>
        <translation>TVA depășește suma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cheque needs its number.</source>
        <translation>Un cec trebuie să aibă număr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the exchange rate (%1 per 1 %2).</source>
        <translation>Introduceți cursul de schimb (%1 pentru 1 %2).</translation>
    </message>
</context>
<context>
    <name>Vouchers</name>
    <message>
        <location filename="../ui/tabs/vouchers/models.py" line="+33"/>
        <source>Receipt</source>
        <extracomment>Void vouchers: still in the books (their number stays used), cancelled out.</extracomment>
        <translation>Chitanță</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment voucher</source>
        <translation>Dispoziție de plată</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge slip</source>
        <translation>Descărcare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid</source>
        <translation>Valabil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Number</source>
        <extracomment>Width hint in characters.</extracomment>
        <translation>Număr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person or company</source>
        <translation>Persoană sau firmă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Scop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints</source>
        <translation>Tipăriri</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Void: %1</source>
        <translation>Anulat: %1</translation>
    </message>
</context>
<context>
    <name>VouchersTab</name>
    <message>
        <location filename="../ui/tabs/vouchers/tab.py" line="+246"/>
        <source>The latest %1 vouchers are shown: narrow the filters to see older ones.</source>
        <extracomment>Typing in the person filter waits this long for a pause before querying. The list shows at most this many vouchers (newest first); filters narrow it. Errors a posting or a print can end with; anything else is a bug and surfaces. The job exporting the list, while it runs.</extracomment>
        <translation>Sunt afișate ultimele %1 documente: restrângeți filtrele pentru a le vedea pe cele mai vechi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vouchers: %1</source>
        <translation>Documente: %1</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Void</source>
        <translation>Anulează documentul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is void. Print the void copy?</source>
        <translation>%1 este anulat. Tipăriți exemplarul anulat?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the vouchers</source>
        <translation>Exportă documentele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Registru Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting the vouchers…</source>
        <translation>Se exportă documentele…</translation>
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
        <translation>Documente scrise: %1
Fișier: %2</translation>
    </message>
</context>
<context>
    <name>VouchersView</name>
    <message>
        <location filename="../ui/tabs/vouchers/view.py" line="+59"/>
        <source>New voucher</source>
        <translation>Document nou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vouchers</source>
        <translation>Documente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+83"/>
        <source>Reprint</source>
        <translation>Retipărește</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Print the selected voucher again (the copy is marked duplicate)</source>
        <translation>Retipărește documentul selectat (exemplarul poartă mențiunea „duplicat”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Look at the selected voucher without printing it</source>
        <translation>Vezi documentul selectat fără să-l tipărești</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Save as PDF…</source>
        <translation>Salvează ca PDF…</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>Void…</source>
        <translation>Anulează…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Cancel the selected voucher: its movement is reversed, its number stays used</source>
        <translation>Anulează documentul selectat: operațiunea se stornează, numărul rămâne folosit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to Excel…</source>
        <translation>Exportă în Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the vouchers as filtered to Excel</source>
        <translation>Salvează documentele filtrate în Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document settings…</source>
        <translation>Setările documentelor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page format of each kind of document</source>
        <translation>Formatul de pagină al fiecărui tip de document</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All kinds</source>
        <translation>Toate tipurile</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person or company</source>
        <translation>Persoană sau firmă</translation>
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
        <translation>Valabile și anulate</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/shell/welcome_page.py" line="+26"/>
        <source>Welcome to Comptoir</source>
        <translation>Bun venit în Comptoir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each company keeps its books in one ledger file. Create a new ledger or open an existing one.</source>
        <translation>Fiecare firmă își ține contabilitatea într-un dosar, salvat într-un singur fișier. Creați un dosar nou sau deschideți unul existent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New ledger…</source>
        <translation>Dosar nou…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a ledger…</source>
        <translation>Deschide un dosar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent ledgers</source>
        <translation>Dosare recente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ledger opened yet.</source>
        <translation>Niciun dosar deschis până acum.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../ui/common/worker.py" line="+205"/>
        <source>Cancel</source>
        <extracomment>How often the GUI thread looks at a running job (milliseconds).</extracomment>
        <translation>Anulează</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please wait</source>
        <translation>Vă rugăm așteptați</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
</context>
</TS>
