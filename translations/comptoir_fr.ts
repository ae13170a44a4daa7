<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Comptabilité et trésorerie hors ligne pour les petites entreprises. Vos comptes restent dans un seul fichier, sur votre ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open ledger: %1</source>
        <translation>Dossier ouvert : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Comptoir</source>
        <translation>À propos de Comptoir</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../ui/common/account_picker.py" line="+85"/>
        <source>All accounts (or a code prefix, e.g. 6)</source>
        <extracomment>Between code and name in pickers: &quot;512 — Banques&quot;. The chosen code or prefix, or ``None`` for all accounts.</extracomment>
        <translation>Tous les comptes (ou un début de numéro, ex. 6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a code or part of a name</source>
        <translation>Saisissez un numéro ou une partie de l&apos;intitulé</translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message>
        <location filename="../ui/tabs/accounts/models.py" line="+138"/>
        <source>Code</source>
        <extracomment>Debit minus credit at the chosen date, sub-accounts included.</extracomment>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit balance</source>
        <translation>Solde débiteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit balance</source>
        <translation>Solde créditeur</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>AccountTypes</name>
    <message>
        <location line="-146"/>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liability</source>
        <translation>Passif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equity</source>
        <translation>Capitaux propres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense</source>
        <translation>Charge</translation>
    </message>
</context>
<context>
    <name>AccountsSelector</name>
    <message>
        <location filename="../ui/tabs/dashboard/view.py" line="+94"/>
        <source>All accounts</source>
        <extracomment>Emitted with the chosen ids (``None`` for all accounts).</extracomment>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 accounts</source>
        <translation>%1 comptes sur %2</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../ui/tabs/accounts/tab.py" line="+134"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../ui/tabs/accounts/view.py" line="+27"/>
        <source>Add sub-account</source>
        <translation>Ajouter un sous-compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search code or name</source>
        <translation>Rechercher un numéro ou un intitulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show inactive</source>
        <translation>Afficher les comptes inactifs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Balances at</source>
        <translation>Soldes au</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/action_dialog.py" line="+55"/>
        <source>Record an action with %1</source>
        <extracomment>The action recorded, once accepted.</extracomment>
        <translation>Saisir une action auprès de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer&apos;s account as a whole</source>
        <translation>Le compte du client dans son ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (open %2)</source>
        <translation>%1 (reste dû %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>&amp;Objet</translation>
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
        <translation>&amp;Promis pour le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised a&amp;mount</source>
        <translation>&amp;Montant promis</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A dispute is about an invoice: choose it.</source>
        <translation>Un litige porte sur une facture : choisissez-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the note.</source>
        <translation>Rédigez la note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say when the customer promised to pay.</source>
        <translation>Indiquez quand le client a promis de payer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid amount.</source>
        <translation>« %1 » n’est pas un montant valide.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../ui/tabs/accounts/dialogs/account_dialogs.py" line="+47"/>
        <source>Add sub-account</source>
        <translation>Ajouter un sous-compte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Parent account</source>
        <translation>Compte parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The code must start with %1 and be longer</source>
        <translation>Le numéro doit commencer par %1 et être plus long</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account needs a name</source>
        <translation>Le compte doit avoir un intitulé</translation>
    </message>
</context>
<context>
    <name>AgedBalancePage</name>
    <message>
        <location filename="../ui/tabs/receivables/aged_balance.py" line="+97"/>
        <source>Days past the due date</source>
        <extracomment>The export formats, by file suffix. The user asked to see a document of the drill-down: (customer id, number). The job computing the trend, while it runs; its result once done. The job writing an export, while it runs.</extracomment>
        <translation>Jours après l’échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since the invoice date</source>
        <translation>Jours depuis la date de facture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day of each bucket, separated by commas (up to 11: 12 buckets)</source>
        <translation>Le dernier jour de chaque tranche, séparés par des virgules (11 au plus : 12 tranches)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel, CSV or PDF, with the invoices of each customer</source>
        <translation>Excel, CSV ou PDF, avec les factures de chaque client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;As of</source>
        <translation>&amp;Arrêtée au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Buckets (days)</source>
        <translation>&amp;Tranches (jours)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>As of %1: %2 customers · open invoices %3 · overdue %4 · balance %5</source>
        <translation>Au %1 : %2 clients · factures non soldées %3 · échu %4 · solde %5</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select a customer to see its open invoices.</source>
        <translation>Sélectionnez un client pour voir ses factures non soldées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: open invoices and credit</source>
        <translation>%1 : factures non soldées et crédit</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Computing the month-end totals…</source>
        <translation>Calcul des totaux de fin de mois…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open invoices at each month end, as they stood that day</source>
        <translation>Factures non soldées à chaque fin de mois, telles qu’elles étaient ce jour-là</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Aged balance %1.xlsx</source>
        <translation>Balance âgée %1.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the aged balance</source>
        <translation>Exporter la balance âgée</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exporting the aged balance…</source>
        <translation>Export de la balance âgée…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The aged balance is written to %1</source>
        <translation>La balance âgée est enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>AgedTrendChart</name>
    <message>
        <location filename="../ui/tabs/receivables/chart.py" line="+62"/>
        <source>Month-end totals, %1 – %2</source>
        <extracomment>From what is not due to the oldest debts.</extracomment>
        <translation>Totaux de fin de mois, %1 – %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Doubtful</source>
        <translation>Douteux</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open (%1)</source>
        <translation>Non soldé (%1)</translation>
    </message>
</context>
<context>
    <name>ApplyCreditDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/credit_dialogs.py" line="+85"/>
        <source>Apply the credit of %1</source>
        <extracomment>The matching written, once accepted.</extracomment>
        <translation>Imputer le crédit de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Propose again</source>
        <translation>&amp;Proposer de nouveau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply</source>
        <translation>Imputer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Applied %1 of %2</source>
        <translation>%1 imputé sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no credit to apply.</source>
        <translation>%1 n’a aucun crédit à imputer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no open invoice.</source>
        <translation>%1 n’a aucune facture non soldée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice %1 has only %2 left to pay.</source>
        <translation>Il ne reste que %2 à payer sur la facture %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 of credit is available.</source>
        <translation>Seulement %1 de crédit disponible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the invoices to settle.</source>
        <translation>Cochez les factures à solder.</translation>
    </message>
</context>
<context>
    <name>CancelInvoiceDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/cancel_invoice_dialog.py" line="+35"/>
        <source>Cancel invoice %1</source>
        <extracomment>The credit note, once posted.</extracomment>
        <translation>Annuler la facture %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice %1 of %2 to %3: %4, of which %5 is still open.</source>
        <translation>Facture %1 du %2 à %3 : %4, dont %5 reste dû.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A credit note of all its lines is posted and settles what is open. What was already paid stays as customer credit, to apply or refund.</source>
        <translation>Un avoir reprenant toutes ses lignes est comptabilisé et solde le restant dû. Ce qui a déjà été payé reste en crédit client, à imputer ou à rembourser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credit note&apos;s number</source>
        <translation>Le numéro de l’avoir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why, e.g. goods returned</source>
        <translation>Motif, p. ex. marchandises retournées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Post the credit note</source>
        <translation>Comptabiliser l’avoir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credit note &amp;number</source>
        <translation>&amp;Numéro de l’avoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the credit note&apos;s number.</source>
        <translation>Saisissez le numéro de l’avoir.</translation>
    </message>
</context>
<context>
    <name>CancelPaymentDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/credit_dialogs.py" line="+138"/>
        <source>Cancel payment %1</source>
        <extracomment>The payment as cancelled, once posted.</extracomment>
        <translation>Annuler le règlement %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment %1 of %2 from %3: %4.</source>
        <translation>Règlement %1 du %2 de %3 : %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The movement is reversed and the invoices it settled are open again. A receipt keeps its number and prints void.</source>
        <translation>Le mouvement est contrepassé et les factures qu’il réglait sont de nouveau ouvertes. Un reçu garde son numéro et s’imprime « annulé ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why, e.g. cheque returned unpaid</source>
        <translation>Motif, p. ex. chèque impayé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the payment</source>
        <translation>Annuler le règlement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say why the payment is cancelled.</source>
        <translation>Indiquez pourquoi le règlement est annulé.</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/category_dialog.py" line="+167"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>A category says which account money in or out is booked to, and its usual VAT rate. Deactivated categories are no longer offered; their movements stay.</source>
        <translation>Une catégorie indique le compte où l&apos;encaissement ou le décaissement est imputé, et son taux de TVA habituel. Les catégories désactivées ne sont plus proposées ; leurs mouvements restent.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
</context>
<context>
    <name>CategoriesModel</name>
    <message>
        <location filename="../ui/tabs/treasury/models.py" line="+282"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate (%)</source>
        <translation>Taux de TVA (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/category_dialog.py" line="-168"/>
        <source>New category</source>
        <extracomment>The category as saved, once accepted.</extracomment>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Office supplies</source>
        <translation>ex. Fournitures de bureau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The income, expense or third-party account the money is booked to</source>
        <translation>Le compte de produits, de charges ou de tiers où le montant est imputé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Direction</source>
        <translation>&amp;Sens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT rate (%)</source>
        <translation>Taux de &amp;TVA (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movements already recorded keep the account they were booked to; a change applies from the next one.</source>
        <translation>Les mouvements déjà enregistrés gardent leur compte d&apos;imputation ; une modification s&apos;applique à partir du suivant.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The category needs a name.</source>
        <translation>La catégorie doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the account the money is booked to.</source>
        <translation>Choisissez le compte d&apos;imputation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VAT rate is a number from 0 to 100.</source>
        <translation>Le taux de TVA est un nombre de 0 à 100.</translation>
    </message>
</context>
<context>
    <name>CellLinesDialog</name>
    <message>
        <location filename="../ui/tabs/dashboard/dialogs/cell_lines_dialog.py" line="+57"/>
        <source>of which planned: %1</source>
        <translation>dont prévu : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a line to open the movement.</source>
        <translation>Double-cliquez sur une ligne pour ouvrir le mouvement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a line to open the movement. Planned lines are recurring items: they are not in the books yet.</source>
        <translation>Double-cliquez sur une ligne pour ouvrir le mouvement. Les lignes prévues sont des opérations récurrentes : elles ne sont pas encore en comptabilité.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Lines: %1 · total %2</source>
        <translation>Lignes : %1 · total %2</translation>
    </message>
</context>
<context>
    <name>CellLinesModel</name>
    <message>
        <location filename="../ui/tabs/dashboard/models.py" line="+300"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planned: a recurring item, not in the books</source>
        <translation>Prévu : une opération récurrente, pas encore en comptabilité</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../ui/shell/new_ledger_wizard.py" line="+101"/>
        <source>Country and chart of accounts</source>
        <translation>Pays et plan comptable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart of accounts, the base currency and the first month of the fiscal year cannot be changed later.</source>
        <translation>Le plan comptable, la devise de tenue des comptes et le premier mois de l&apos;exercice ne pourront plus être modifiés.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Chart of accounts:</source>
        <translation>&amp;Plan comptable :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;currency:</source>
        <translation>&amp;Devise de tenue des comptes :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number and date &amp;format:</source>
        <translation>&amp;Format des nombres et des dates :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example:</source>
        <translation>Exemple :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year &amp;starts in:</source>
        <translation>Début de l&apos;e&amp;xercice :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of documents:</source>
        <translation>&amp;Langue des documents :</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No chart of accounts is installed.</source>
        <translation>Aucun plan comptable n&apos;est installé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an ISO 4217 currency code (for example EUR, RON, DZD).</source>
        <translation>« %1 » n&apos;est pas un code de devise ISO 4217 (par exemple EUR, RON, DZD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a known locale (for example fr_FR, ro_RO, en_US).</source>
        <translation>« %1 » n&apos;est pas un format régional connu (par exemple fr_FR, ro_RO, en_US).</translation>
    </message>
</context>
<context>
    <name>CollectionsTab</name>
    <message>
        <location filename="../ui/tabs/receivables/tab.py" line="+111"/>
        <source>Aged balance</source>
        <extracomment>Typing in the search field waits this long for a pause before querying. The invoice and payment lists show at most this many rows (newest first). Errors a print can end with; anything else is a bug and surfaces.</extracomment>
        <translation>Balance âgée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dunning</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Customers: %1 · they owe %2 · credit held %3</source>
        <extracomment>Pages to re-read when they are next shown.</extracomment>
        <translation>Clients : %1 · dû %2 · crédits détenus %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No customer selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open invoices %1 · credit %2 · balance %3</source>
        <translation>Factures non soldées %1 · crédit %2 · solde %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>limit %1</source>
        <translation>plafond %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 events · balance %2</source>
        <translation>%1 événements · solde %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Statement %1 %2</source>
        <translation>Relevé %1 %2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Documents: %1 · open %2 · overdue %3</source>
        <translation>Pièces : %1 · non soldé %2 · échu %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>only the latest are shown: narrow the filters</source>
        <translation>seuls les plus récents sont affichés : affinez les filtres</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Invoice %1 is posted, and takes %2 over its credit limit of %3 (it owes %4 now).</source>
        <translation>La facture %1 est comptabilisée et fait dépasser à %2 son plafond de crédit de %3 (encours désormais %4).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Imported: %1 invoices and %2 credit notes; %3 new customers.</source>
        <translation>Importé : %1 factures et %2 avoirs ; %3 nouveaux clients.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over the credit limit: %1.</source>
        <translation>Plafond de crédit dépassé : %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Payments: %1 · received %2 · on account %3</source>
        <translation>Règlements : %1 · reçu %2 · acompte %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 stays as credit of %2, to apply or refund later.</source>
        <translation>%1 reste en crédit de %2, à imputer ou à rembourser plus tard.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cash box now holds more than its limit: take money to the bank.</source>
        <translation>La caisse dépasse maintenant son plafond : déposez des fonds à la banque.</translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <location filename="../ui/tabs/receivables/view.py" line="+313"/>
        <source>Customers</source>
        <extracomment>Pages added by the tab: their indexes, once added.</extracomment>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Règlements</translation>
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
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who keeps these books. Everything but the name can be changed later in the settings.</source>
        <translation>L&apos;entreprise dont ce dossier tient les comptes. Tout, sauf le nom, pourra être modifié plus tard dans les paramètres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company &amp;name:</source>
        <translation>&amp;Raison sociale :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registration number:</source>
        <translation>N° d&apos;i&amp;mmatriculation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT number:</source>
        <translation>N° de &amp;TVA :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The company needs a name.</source>
        <translation>La société doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>CustomerCombo</name>
    <message>
        <location filename="../ui/tabs/receivables/widgets.py" line="+100"/>
        <source>Type part of the name</source>
        <extracomment>The warning strip (credit limit exceeded, cash limit…), as in the Bank &amp; cash tab.</extracomment>
        <translation>Tapez une partie du nom</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/customer_dialog.py" line="+82"/>
        <source>New customer</source>
        <extracomment>The languages letters, statements and receipts are written in. The customer as saved, once accepted.</extracomment>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its code in the sales program (optional)</source>
        <translation>Son code dans le logiciel de vente (facultatif)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No limit</source>
        <translation>Aucun plafond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never remind</source>
        <translation>Jamais de relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to level 1</source>
        <translation>Jusqu’au niveau 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to level 2</source>
        <translation>Jusqu’au niveau 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to level 3 (all letters)</source>
        <translation>Jusqu’au niveau 3 (toutes les lettres)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xcluded from dunning runs</source>
        <translation>E&amp;xclu des campagnes de relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active</source>
        <translation>&amp;Actif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addr&amp;ess</source>
        <translation>Adr&amp;esse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registration ID</source>
        <translation>&amp;Immatriculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT number</source>
        <translation>N° de &amp;TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail</source>
        <translation>Co&amp;urriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Letter language</source>
        <translation>&amp;Langue des lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment &amp;terms</source>
        <translation>&amp;Délai de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit l&amp;imit</source>
        <translation>Plafond de &amp;crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dunning</source>
        <translation>&amp;Relances</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collection</source>
        <translation>Recouvrement</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Type the customer&apos;s name.</source>
        <translation>Saisissez le nom du client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid amount.</source>
        <translation>« %1 » n’est pas un montant valide.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../ui/tabs/receivables/view.py" line="-249"/>
        <source>Search a name, code or tax ID</source>
        <translation>Rechercher un nom, un code ou un n° fiscal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show inactive</source>
        <translation>Afficher les inactifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>Mark doubtful…</source>
        <translation>Passer en douteux…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Move the customer&apos;s balance to the doubtful customers account</source>
        <translation>Transférer le solde du client au compte clients douteux</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>New invoice…</source>
        <translation>Nouvelle facture…</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+78"/>
        <source>Record payment…</source>
        <translation>Saisir un règlement…</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Apply credit…</source>
        <translation>Imputer le crédit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settle open invoices with the customer&apos;s unapplied credit</source>
        <translation>Solder les factures non soldées avec le crédit non imputé du client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund credit…</source>
        <translation>Rembourser le crédit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay the customer&apos;s unapplied credit back</source>
        <translation>Rembourser au client son crédit non imputé</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>From (— : since the first document)</source>
        <translation>Du (— : depuis la première pièce)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To (— : up to today)</source>
        <translation>Au (— : jusqu’à aujourd’hui)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement for the dates shown (this year when none), in the customer&apos;s language</source>
        <translation>Le relevé pour les dates indiquées (l’année en cours à défaut), dans la langue du client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview and print…</source>
        <translation>Aperçu et impression…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <location filename="../ui/tabs/dashboard/chart.py" line="+62"/>
        <source>Money in</source>
        <translation>Encaissements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money out</source>
        <translation>Décaissements</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In / out (%1)</source>
        <translation>Flux (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance (%1)</source>
        <translation>Solde (%1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Balance (forecast)</source>
        <translation>Solde (prévision)</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../ui/tabs/dashboard/tab.py" line="+97"/>
        <source>Opening balance on %1: %2</source>
        <extracomment>The day the figures were read on: it splits actual months from forecast ones.</extracomment>
        <translation>Solde d&apos;ouverture au %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forecast from %1</source>
        <translation>Prévision à partir de %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Treasury %1.xlsx</source>
        <translation>Trésorerie %1.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashboard was saved to
%1</source>
        <translation>Le tableau de bord a été enregistré dans
%1</translation>
    </message>
</context>
<context>
    <name>DashboardTableModel</name>
    <message>
        <location filename="../ui/tabs/dashboard/models.py" line="-166"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forecast</source>
        <translation>prévision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forecast: recurring items planned for this month</source>
        <translation>Prévision : opérations récurrentes prévues ce mois-ci</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Click to list the planned items and movements</source>
        <translation>Cliquez pour afficher les opérations prévues et les mouvements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list the movements</source>
        <translation>Cliquez pour afficher les mouvements</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Money in</source>
        <extracomment>The tint of forecast months (the Excel export uses the same). Negative figures in red (net, balance, VAT due). The fixed lines of the table (categories are data).</extracomment>
        <translation>Encaissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total in</source>
        <translation>Total des encaissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Décaissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total out</source>
        <translation>Total des décaissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Solde net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance (cumulative)</source>
        <translation>Solde (cumulé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxes to pay</source>
        <translation>Impôts et taxes à payer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT collected</source>
        <translation>TVA collectée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT deductible</source>
        <translation>TVA déductible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT due</source>
        <translation>TVA due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp duty</source>
        <translation>Droit de timbre</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ui/tabs/dashboard/view.py" line="+9"/>
        <source>Fiscal year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recurring items…</source>
        <translation>Opérations récurrentes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rent, salaries and other planned amounts that make the forecast</source>
        <translation>Loyer, salaires et autres montants prévus qui forment la prévision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the dashboard as an Excel workbook</source>
        <translation>Enregistrer le tableau de bord dans un classeur Excel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast (from recurring items)</source>
        <translation>Prévision (opérations récurrentes)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
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
        <translation>Rouleau de tickets 80 mm</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Document settings</source>
        <translation>Paramètres des documents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The paper each kind of document is printed on.</source>
        <translation>Le papier sur lequel chaque type de document est imprimé.</translation>
    </message>
</context>
<context>
    <name>DoubtfulDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/doubtful_dialog.py" line="+28"/>
        <source>Mark %1 doubtful</source>
        <extracomment>The transfer, once posted.</extracomment>
        <translation>Passer %1 en douteux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 owes %2. On the date below its balance moves from the customers account to the doubtful customers account by a journal entry, and its later invoices and payments are booked there too. This cannot be undone.</source>
        <translation>%1 doit %2. À la date ci-dessous, son solde est transféré du compte clients au compte clients douteux par une écriture de journal, et ses factures et règlements ultérieurs y sont aussi comptabilisés. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark doubtful</source>
        <translation>Passer en douteux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer &amp;date</source>
        <translation>&amp;Date du transfert</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../ui/tabs/journal/dialogs/drafts_dialog.py" line="+41"/>
        <source>Drafts</source>
        <extracomment>An entry was posted from a draft (the journal must refresh). The list of drafts changed (posted, discarded or saved).</extracomment>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Discard draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the draft “%1”? This cannot be undone.</source>
        <translation>Supprimer le brouillon « %1 » ? Cette action est définitive.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no label)</source>
        <translation>(sans libellé)</translation>
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
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>DunningPage</name>
    <message>
        <location filename="../ui/tabs/receivables/dunning.py" line="+129"/>
        <source>&amp;Propose</source>
        <extracomment>A run was validated or an action recorded: customer histories changed. The last run validated here, and its letters.</extracomment>
        <translation>&amp;Proposer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review every open invoice as of the date</source>
        <translation>Examiner chaque facture non soldée à la date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Validate and print the letters…</source>
        <translation>&amp;Valider et imprimer les lettres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number the run, record one letter per ticked customer and print them</source>
        <translation>Numéroter la campagne, enregistrer une lettre par client coché et les imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;As of</source>
        <translation>&amp;Arrêtée au</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Record an &amp;action…</source>
        <translation>Saisir une &amp;action…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call, a visit, a promise to pay, a dispute (disputed invoices are not reminded)</source>
        <translation>Un appel, une visite, une promesse de paiement, un litige (les factures en litige ne sont pas relancées)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the letters again</source>
        <translation>Réimprimer les lettres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Past runs</source>
        <translation>Campagnes précédentes</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No customer to remind as of this date.</source>
        <translation>Aucun client à relancer à cette date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: open invoices %2, credit %3, balance %4</source>
        <translation>%1 : factures non soldées %2, crédit %3, solde %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Letters to send: %1 · claimed %2</source>
        <translation>Lettres à envoyer : %1 · réclamé %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Dunning run</source>
        <translation>Campagne de relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send %1 letters as of %2? The run takes its number and each letter is recorded with the invoices it reminds.</source>
        <translation>Envoyer %1 lettres au %2 ? La campagne reçoit son numéro et chaque lettre est enregistrée avec les factures qu’elle relance.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../ui/tabs/journal/dialogs/entry_dialog.py" line="+164"/>
        <source>Draft entry</source>
        <extracomment>(entry id, entry number) once posted. The draft id once saved.</extracomment>
        <translation>Écriture en brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New entry</source>
        <translation>Nouvelle écriture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this entry records</source>
        <translation>Ce que cette écriture enregistre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice or document number</source>
        <translation>Numéro de facture ou de pièce</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a blank line below (Ctrl+Ins)</source>
        <translation>Insérer une ligne vide en dessous (Ctrl+Inser)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the current line (Ctrl+Del)</source>
        <translation>Supprimer la ligne en cours (Ctrl+Suppr)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Post</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number and record the entry (Ctrl+Enter)</source>
        <translation>Numéroter et enregistrer l&apos;écriture (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as draft</source>
        <translation>Enregistrer en brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total debit</source>
        <translation>Total débit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total credit</source>
        <translation>Total crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Line %1: choose a postable account</source>
        <translation>Ligne %1 : choisissez un compte mouvementable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An entry needs at least two lines with an amount</source>
        <translation>Une écriture doit avoir au moins deux lignes avec un montant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debits and credits must be equal</source>
        <translation>Le total des débits doit égaler celui des crédits</translation>
    </message>
</context>
<context>
    <name>EntryLinesModel</name>
    <message>
        <location filename="../ui/tabs/journal/models.py" line="-137"/>
        <source>Account</source>
        <extracomment>Emitted after any change to the lines (totals, validity may have changed).</extracomment>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No postable account with this code</source>
        <translation>Aucun compte mouvementable sous ce numéro</translation>
    </message>
</context>
<context>
    <name>EntryViewDialog</name>
    <message>
        <location filename="../ui/tabs/journal/dialogs/view_entry_dialog.py" line="+81"/>
        <source>Number</source>
        <translation>Numéro</translation>
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
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted at</source>
        <translation>Validée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entry %1</source>
        <translation>Écriture %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total debit = total credit: %1</source>
        <translation>Total débit = total crédit : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reversed by %1</source>
        <translation>Extournée par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversal of %1</source>
        <translation>Extourne de %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/shell/errors.py" line="+29"/>
        <source>“{value}” is not a valid amount.</source>
        <extracomment>English source sentence per error code; ``{name}`` is filled from the details.</extracomment>
        <translation>« {value} » n&apos;est pas un montant valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts in {left} and in {right} cannot be added together.</source>
        <translation>Des montants en {left} et en {right} ne peuvent pas être additionnés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{currency}” is not a known currency code.</source>
        <translation>« {currency} » n&apos;est pas un code de devise connu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entry does not balance: debit {debit}, credit {credit} (difference {difference}).</source>
        <translation>L&apos;écriture n&apos;est pas équilibrée : débit {debit}, crédit {credit} (écart {difference}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An entry needs at least two lines with an amount.</source>
        <translation>Une écriture doit avoir au moins deux lignes avec un montant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line}: {reason}.</source>
        <translation>Ligne {line} : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no account {account} in the chart of accounts.</source>
        <translation>Le compte {account} n&apos;existe pas dans le plan comptable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account} is deactivated: nothing can be posted to it.</source>
        <translation>Le compte {account} est désactivé : on ne peut plus y passer d&apos;écriture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account} has sub-accounts: post to one of them instead.</source>
        <translation>Le compte {account} a des sous-comptes : imputez l&apos;écriture à l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account with code {account} already exists.</source>
        <translation>Le compte {account} existe déjà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account} cannot be created: the code must be digits starting with a class from 1 to 8, and the account needs a name.</source>
        <translation>Le compte {account} ne peut pas être créé : le numéro doit être composé de chiffres commençant par une classe de 1 à 8, et le compte doit avoir un intitulé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The books are locked up to {lock_date}: nothing can be posted on {date}.</source>
        <translation>Les écritures sont verrouillées jusqu&apos;au {lock_date} : impossible de comptabiliser au {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry {number} has already been reversed by entry {by}.</source>
        <translation>L&apos;écriture {number} a déjà été extournée par l&apos;écriture {by}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry {number} is itself a reversal: post a new entry instead.</source>
        <translation>L&apos;écriture {number} est elle-même une extourne : passez plutôt une nouvelle écriture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry {entry} was not found.</source>
        <translation>L&apos;écriture {entry} est introuvable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted entries cannot be changed or deleted: reverse them instead.</source>
        <translation>Une écriture validée ne peut être ni modifiée ni supprimée : extournez-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry {number} (position {position}) does not match its hash: the books were changed outside Comptoir ({problem}).</source>
        <translation>L&apos;écriture {number} (position {position}) ne correspond plus à son empreinte : la comptabilité a été modifiée hors de Comptoir ({problem}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account {account} still has a balance of {balance}: it cannot be deactivated.</source>
        <translation>Le compte {account} a encore un solde de {balance} : il ne peut pas être désactivé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account {account} has no parent in the chart of accounts: add its class first.</source>
        <translation>Le compte {account} n&apos;a pas de compte parent dans le plan comptable : créez d&apos;abord sa classe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ledger file could not be used: {message}</source>
        <translation>Le fichier du dossier n&apos;a pas pu être utilisé : {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is already open by {holder}.</source>
        <translation>{path} est déjà ouvert par {holder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Comptoir ledger file.</source>
        <translation>{path} n&apos;est pas un dossier Comptoir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is damaged: {problem}</source>
        <translation>{path} est endommagé : {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists.</source>
        <translation>{path} existe déjà.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was written by a newer version of Comptoir: update Comptoir to open it.</source>
        <translation>{path} a été enregistré par une version plus récente de Comptoir : mettez Comptoir à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} could not be upgraded to this version of Comptoir ({problem}). The file is unchanged; a backup is at {backup}.</source>
        <translation>{path} n&apos;a pas pu être mis à niveau pour cette version de Comptoir ({problem}). Le fichier est inchangé ; une sauvegarde se trouve dans {backup}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup {path} failed its check ({problem}) and was not kept.</source>
        <translation>La sauvegarde {path} n&apos;a pas passé la vérification ({problem}) et n&apos;a pas été conservée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <location line="+40"/>
        <source>{field}: {reason}.</source>
        <translation>{field} : {reason}.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>IBAN {iban} is not valid: {reason}.</source>
        <translation>L&apos;IBAN {iban} n&apos;est pas valide : {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIC {bic} is not valid: {reason}.</source>
        <translation>Le BIC {bic} n&apos;est pas valide : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number {number} is not valid: {reason}.</source>
        <translation>Le numéro de compte {number} n&apos;est pas valide : {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no bank account or cash box {account}.</source>
        <translation>Il n&apos;y a pas de compte bancaire ni de caisse {account}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} is closed: reopen it to record movements.</source>
        <translation>{account} est clôturé : rouvrez-le pour y enregistrer des mouvements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account} would go below zero on {date}: the cash box holds {available} and the payment is {amount}.</source>
        <translation>{account} deviendrait négative le {date} : la caisse contient {available} et le décaissement est de {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A transfer needs two different accounts.</source>
        <translation>Un virement interne nécessite deux comptes différents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This movement has already been reversed.</source>
        <translation>Ce mouvement a déjà été extourné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;export a été annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} could not be written: {problem}.</source>
        <translation>{path} n&apos;a pas pu être écrit : {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>{field}: {reason}</source>
        <translation>{field} : {reason}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Voucher {number} is already void.</source>
        <translation>Le bon {number} est déjà annulé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: “{value}” is not a valid {kind}.</source>
        <translation>{field} : « {value} » n’est pas un {kind} valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no customer {customer}.</source>
        <translation>Le client {customer} n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another customer already has the code {customer_code}.</source>
        <translation>Un autre client a déjà le code {customer_code}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no invoice {invoice}.</source>
        <translation>La facture {invoice} n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number {number} is already used ({kind}).</source>
        <translation>Le numéro {number} est déjà utilisé ({kind}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice {number} has only {open_amount} left to pay, not {amount}.</source>
        <translation>Il ne reste que {open_amount} à payer sur la facture {number}, pas {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The allocations add up to {allocated}, more than the {amount} paid.</source>
        <translation>Les imputations totalisent {allocated}, plus que les {amount} payés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{customer} has {available} of credit, not {amount}.</source>
        <translation>{customer} dispose de {available} d’avoir, pas de {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{customer} has been doubtful since {date}.</source>
        <translation>{customer} est en client douteux depuis le {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no payment {collection}.</source>
        <translation>Le règlement {collection} n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment {number} is already cancelled.</source>
        <translation>Le règlement {number} est déjà annulé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no receipt {receipt}.</source>
        <translation>Le reçu {receipt} n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no dunning run {run}.</source>
        <translation>Il n’existe pas de campagne de relance {run}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice {number} is already disputed (since {date}).</source>
        <translation>La facture {number} est déjà en litige (depuis le {date}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice {number} is not disputed.</source>
        <translation>La facture {number} n’est pas en litige.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} of the letter uses “{placeholder}”, which is not one of: {known}.</source>
        <translation>La lettre ({field}) utilise « {placeholder} », qui ne fait pas partie de : {known}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice {number} cannot get a level {level} letter: {reason}.</source>
        <translation>La facture {number} ne peut pas recevoir de lettre de niveau {level} : {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dunning run as of {last} is already recorded: a new run cannot be as of {as_of}.</source>
        <translation>Une campagne de relance au {last} est déjà enregistrée : une nouvelle campagne ne peut pas être au {as_of}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be imported: {problem}.</source>
        <translation>{path} ne peut pas être importé : {problem}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import mapping, {field}: {reason}.</source>
        <translation>Correspondance d’import, {field} : {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no saved import mapping “{name}”.</source>
        <translation>Il n’existe pas de correspondance d’import enregistrée « {name} ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}, line {line}, column “{column}”: {problem} ({count} problems in all; nothing was imported).</source>
        <translation>{path}, ligne {line}, colonne « {column} » : {problem} ({count} problèmes au total ; rien n’a été importé).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <extracomment>Codes whose ``field`` detail names a field, shown by its label. Field names as InvalidSettings and InvalidMovement report them.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number and date format</source>
        <translation>Format des nombres et des dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First month of the fiscal year</source>
        <translation>Premier mois de l&apos;exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base currency</source>
        <translation>Devise de tenue des comptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of accounts</source>
        <translation>Plan comptable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger account</source>
        <translation>Compte comptable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening balance</source>
        <translation>Solde d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening exchange rate</source>
        <translation>Cours de change d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash limit</source>
        <translation>Plafond de caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount excluding VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Cheque number</source>
        <translation>Numéro de chèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate</source>
        <translation>Cours de change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate of the amount sent</source>
        <translation>Cours de change du montant envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate of the amount received</source>
        <translation>Cours de change du montant reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount sent</source>
        <translation>Montant envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the person</source>
        <translation>Nom de la personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page format</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration ID</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>Plafond de crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dunning level</source>
        <translation>Niveau de relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation</source>
        <translation>Imputation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account or cash box</source>
        <translation>Compte bancaire ou caisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buckets</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised date</source>
        <translation>Date promise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised amount</source>
        <translation>Montant promis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a line in the base currency has an exchange rate of 1</source>
        <extracomment>Reasons the app gives in English inside details (InvalidLine, InvalidSettings, ChainBroken): a pattern, and the translatable sentence filled from its groups.</extracomment>
        <translation>une ligne en devise de tenue des comptes a un cours de 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>an amount in {currency} needs an exchange rate</source>
        <translation>un montant en {currency} nécessite un cours de change</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>amounts must be whole cents</source>
        <translation>les montants doivent être en centimes entiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amounts cannot be negative</source>
        <translation>les montants ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a line has either a debit or a credit, not both</source>
        <translation>une ligne porte soit un débit, soit un crédit, pas les deux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no journal {journal}</source>
        <translation>le journal {journal} n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the company needs a name</source>
        <translation>la société doit avoir un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose one of {choices}</source>
        <translation>choisissez parmi {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a month from 1 to 12</source>
        <translation>un mois de 1 à 12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be changed once the ledger exists</source>
        <translation>ne peut plus être modifié une fois le dossier créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ledger has no company settings</source>
        <translation>le dossier n&apos;a pas de paramètres de société</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no sub-account code is free</source>
        <translation>aucun numéro de sous-compte n&apos;est libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} is not a class 5 account that can be posted to</source>
        <translation>{code} n&apos;est pas un compte mouvementable de la classe 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} already belongs to another bank account or cash box</source>
        <translation>{code} appartient déjà à un autre compte bancaire ou à une autre caisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bank or cash box</source>
        <translation>banque ou caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account needs a name</source>
        <translation>le compte doit avoir un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a cash box cannot start below zero</source>
        <translation>une caisse ne peut pas démarrer en négatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the limit cannot be negative</source>
        <translation>le plafond ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an opening balance in {currency} needs an exchange rate</source>
        <translation>un solde d&apos;ouverture en {currency} nécessite un cours de change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an Algerian RIB has 20 digits</source>
        <translation>un RIB algérien compte 20 chiffres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key is {key} but the digits give {expected}</source>
        <translation>la clé est {key} alors que les chiffres donnent {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>money in or money out</source>
        <translation>encaissement ou décaissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rate from 0 to 100</source>
        <translation>un taux de 0 à 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} cannot be posted to</source>
        <translation>{code} n&apos;est pas mouvementable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the category needs a name</source>
        <translation>la catégorie doit avoir un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} is not an income, expense or third-party account</source>
        <translation>{code} n&apos;est ni un compte de produits, ni de charges, ni de tiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no category {id}</source>
        <translation>la catégorie {id} n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cheque needs its number</source>
        <translation>un chèque doit avoir son numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>the amount must be more than zero</source>
        <translation>le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>VAT cannot be negative</source>
        <translation>la TVA ne peut pas être négative</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>say how much arrives in {currency}</source>
        <translation>indiquez le montant reçu en {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the category is for the other direction</source>
        <translation>la catégorie est prévue pour l&apos;autre sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no movement {id}</source>
        <translation>le mouvement {id} n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a reversal cannot itself be reversed</source>
        <translation>une extourne ne peut pas être extournée à son tour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>say who pays or receives the money</source>
        <translation>indiquez qui paie ou reçoit l&apos;argent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what the money is for</source>
        <translation>indiquez l&apos;objet du paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no voucher {id}</source>
        <translation>le bon {id} n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no receipt {number}</source>
        <translation>le reçu {number} n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no payment voucher {number}</source>
        <translation>le bon de paiement {number} n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no discharge slip {number}</source>
        <translation>la décharge {number} n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say why the voucher is void</source>
        <translation>indiquez pourquoi le bon est annulé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a .xlsx or .csv file</source>
        <translation>choisissez un fichier .xlsx ou .csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a .xlsx file</source>
        <translation>choisissez un fichier .xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected at position {position}</source>
        <translation>attendue en position {position}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lines are missing or out of order</source>
        <translation>des lignes manquent ou sont dans le désordre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>debits and credits differ</source>
        <translation>les débits et les crédits diffèrent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line dates differ from the entry date</source>
        <translation>la date des lignes diffère de celle de l&apos;écriture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its content or its place in the chain was altered</source>
        <translation>son contenu ou sa place dans la chaîne a été modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there are lines of an unknown entry {entry}</source>
        <translation>des lignes appartiennent à une écriture inconnue {entry}</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+5"/>
        <source>you, in this Comptoir window</source>
        <translation>vous, dans cette fenêtre de Comptoir</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{user} on {host} (process {pid}, since {since})</source>
        <translation>{user} sur {host} (processus {pid}, depuis le {since})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur inattendue s&apos;est produite : {error}</translation>
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
        <translation>Fichier du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole ledger is kept in this one file. Keep it in a folder you back up.</source>
        <translation>Tout le dossier comptable tient dans ce seul fichier. Placez-le dans un répertoire que vous sauvegardez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where to keep the ledger</source>
        <translation>Emplacement du dossier comptable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptoir ledgers (*%1)</source>
        <translation>Dossiers Comptoir (*%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose where to keep the ledger file.</source>
        <translation>Choisissez où enregistrer le fichier du dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file with this name already exists: choose another name.</source>
        <translation>Un fichier de ce nom existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un répertoire.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file could not be created: %1</source>
        <translation>Le fichier n&apos;a pas pu être créé : %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/import_dialog.py" line="+66"/>
        <source>Number</source>
        <extracomment>The columns a mapping names: (ImportMapping field, label, required).</extracomment>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer code</source>
        <translation>Code client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net amount</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice or credit note</source>
        <translation>Facture ou avoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line label</source>
        <translation>Libellé de ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT amount (checked)</source>
        <translation>Montant de TVA (contrôlé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income account</source>
        <translation>Compte de produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column not found</source>
        <extracomment>What each kind of problem means, worded for the user; the details stay as found.</extracomment>
        <translation>Colonne introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several columns</source>
        <translation>Plusieurs colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty cell</source>
        <translation>Cellule vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date</source>
        <translation>Date invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an amount</source>
        <translation>Montant invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a VAT rate</source>
        <translation>Taux de TVA invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind</source>
        <translation>Type inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong account</source>
        <translation>Compte erroné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other currency</source>
        <translation>Autre devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT does not match</source>
        <translation>TVA incohérente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown customer</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines disagree</source>
        <translation>Lignes incohérentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already recorded</source>
        <translation>Déjà enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due before its date</source>
        <translation>Échéance avant la date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period locked</source>
        <translation>Période verrouillée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Import invoices</source>
        <extracomment>The file as read and its preview, for the mapping shown. The job reading/previewing or importing, while it runs. What was imported, once done.</extracomment>
        <translation>Importer des factures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV or Excel file from the sales program</source>
        <translation>Un fichier CSV ou Excel du logiciel de vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the mapping</source>
        <translation>Nom de la correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load</source>
        <translation>Char&amp;ger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping</source>
        <translation>&amp;Enregistrer la correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create the customers not found (by their code and name)</source>
        <translation>Créer les clients introuvables (d’après leur code et leur nom)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As the ledger writes numbers</source>
        <translation>Comme la comptabilité écrit les nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (1 234,56)</source>
        <translation>Virgule (1 234,56)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full stop (1,234.56)</source>
        <translation>Point (1,234.56)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Documents</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record every document of the file, or none if anything is wrong</source>
        <translation>Enregistrer toutes les pièces du fichier, ou aucune en cas d’erreur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Default account</source>
        <translation>Compte par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal separator</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice values</source>
        <translation>Valeurs « facture »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note values</source>
        <translation>Valeurs « avoir »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns (needed)</source>
        <translation>Colonnes (obligatoires)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns (if the file has them)</source>
        <translation>Colonnes (si le fichier les contient)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Invoices to import</source>
        <translation>Factures à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales exports (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Exports des ventes (*.csv *.txt *.xlsx *.xlsm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Type a name for the mapping.</source>
        <translation>Saisissez un nom pour la correspondance.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The mapping changed: preview again.</source>
        <translation>La correspondance a changé : refaites l’aperçu.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 rows. Choose the columns (or a saved mapping), then preview.</source>
        <translation>%1 : %2 lignes. Choisissez les colonnes (ou une correspondance enregistrée), puis lancez l’aperçu.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 invoices (%2) and %3 credit notes (%4)</source>
        <translation>%1 factures (%2) et %3 avoirs (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new customers</source>
        <translation>%1 nouveaux clients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 problems: nothing can be imported until they are corrected</source>
        <translation>%1 problèmes : rien ne peut être importé avant leur correction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ready to import</source>
        <translation>prêt à importer</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Importing the invoices…</source>
        <translation>Importation des factures…</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/invoice_dialog.py" line="+211"/>
        <source>As the sales program numbered it</source>
        <extracomment>What the chosen customer owes before this invoice, and its open invoices. The invoice or credit note as posted, once accepted.</extracomment>
        <translation>Tel que numéroté par le logiciel de vente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order, delivery note… (optional)</source>
        <translation>Commande, bon de livraison… (facultatif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The invoice this credit note settles; otherwise it stays customer credit</source>
        <translation>La facture que cet avoir solde ; sinon il reste en crédit client</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the current line (Ctrl+Del)</source>
        <translation>Supprimer la ligne courante (Ctrl+Suppr)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Post</source>
        <translation>Comptabiliser</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ustomer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;umber</source>
        <translation>&amp;Numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Terms</source>
        <translation>&amp;Délai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due dat&amp;e</source>
        <translation>Éch&amp;ance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settles</source>
        <translation>&amp;Imputé sur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New credit note</source>
        <translation>Nouvel avoir</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing: keep it as customer credit</source>
        <translation>Aucune : garder en crédit client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (open %2)</source>
        <translation>%1 (reste dû %2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no credit limit</source>
        <translation>aucun plafond de crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credit limit %1</source>
        <translation>plafond de crédit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owes %1; %2</source>
        <translation>Doit %1 ; %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This invoice takes %1 to %2, over its credit limit of %3. It can be posted all the same.</source>
        <translation>Cette facture porte l’encours de %1 à %2, au-delà de son plafond de crédit de %3. Elle peut tout de même être comptabilisée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the customer.</source>
        <translation>Choisissez le client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number.</source>
        <translation>Saisissez le numéro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type at least one line.</source>
        <translation>Saisissez au moins une ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The total must be more than zero.</source>
        <translation>Le total doit être supérieur à zéro.</translation>
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
        <translation>Date</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Open</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT %</source>
        <translation>% TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settled by</source>
        <translation>Réglée par</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders and actions</source>
        <translation>Relances et actions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(payment cancelled)</source>
        <translation>(règlement annulé)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>promised for %1</source>
        <translation>promis pour le %1</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../ui/tabs/receivables/view.py" line="+44"/>
        <source>New invoice…</source>
        <translation>Nouvelle facture…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New credit note…</source>
        <translation>Nouvel avoir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <source>Cancel invoice…</source>
        <translation>Annuler la facture…</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Post a credit note of all its lines that settles what is open</source>
        <translation>Comptabiliser un avoir de toutes ses lignes qui solde le restant dû</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Record payment…</source>
        <translation>Saisir un règlement…</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoices from another sales program (CSV or Excel), with a saved column mapping</source>
        <translation>Factures d’un autre logiciel de vente (CSV ou Excel), avec une correspondance de colonnes enregistrée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoices and credit notes</source>
        <translation>Factures et avoirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (unpaid or partially paid)</source>
        <translation>Non soldées (impayées ou partiellement payées)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Overdue only</source>
        <translation>Échues &amp;uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open</source>
        <translation>Reste dû</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <location filename="../ui/tabs/journal/tab.py" line="+136"/>
        <source>%1 lines</source>
        <extracomment>Typing in the search box waits this long for a pause before querying.</extracomment>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../ui/tabs/journal/models.py" line="-222"/>
        <source>Reversal</source>
        <extracomment>Reversed entries and reversals are drawn in grey italics: still in the books, but cancelled out.</extracomment>
        <translation>Extourne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed</source>
        <translation>Extournée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../ui/tabs/journal/view.py" line="+35"/>
        <source>New entry</source>
        <translation>Nouvelle écriture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a new journal entry (Ctrl+N)</source>
        <translation>Saisir une nouvelle écriture (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View entry</source>
        <translation>Voir l&apos;écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>Extourner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post an entry that cancels the selected one</source>
        <translation>Passer une écriture qui annule celle sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search labels, numbers, references</source>
        <translation>Rechercher libellés, numéros, références</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total debit</source>
        <translation>Total débit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total credit</source>
        <translation>Total crédit</translation>
    </message>
</context>
<context>
    <name>Journals</name>
    <message>
        <location filename="../ui/tabs/journal/widgets.py" line="+51"/>
        <source>General</source>
        <translation>Opérations diverses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening balances</source>
        <translation>À-nouveaux</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/main.py" line="+64"/>
        <source>Creating the demo ledger…</source>
        <translation>Création du dossier de démonstration…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="+91"/>
        <source>&amp;New ledger…</source>
        <extracomment>Characters of the chain&apos;s last hash shown in the status bar. The job under way (backup, restore, verify), if any.</extracomment>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backup now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close ledger</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Comptoir</source>
        <translation>À &amp;propos de Comptoir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No recent ledgers</source>
        <translation>Aucun dossier récent</translation>
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
        <translation>Dossiers Comptoir (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a ledger</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Back up the ledger</source>
        <translation>Sauvegarder le dossier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing and checking the backup…</source>
        <translation>Écriture et vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup saved and verified: %1</source>
        <translation>Sauvegarde enregistrée et vérifiée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was saved and verified:
%1</source>
        <translation>La sauvegarde a été enregistrée et vérifiée :
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the ledger…</source>
        <translation>Vérification du dossier…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verified · %1 entries · last hash %2</source>
        <translation>Vérifié · %1 écritures · dernière empreinte %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The ledger is sound: %1 entries checked, the hash chain is intact.
Last hash: %2</source>
        <translation>Le dossier est intègre : %1 écritures vérifiées, la chaîne d&apos;empreintes est intacte.
Dernière empreinte : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verification failed</source>
        <translation>Échec de la vérification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ledger failed its check after %1 sound entries:
%2

Restore a recent backup (File ▸ Restore…).</source>
        <translation>Le dossier n&apos;a pas passé la vérification après %1 écritures intègres :
%2

Restaurez une sauvegarde récente (Fichier ▸ Restaurer…).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the backup to restore</source>
        <translation>Choisir la sauvegarde à restaurer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking and restoring the backup…</source>
        <translation>Vérification et restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore as</source>
        <translation>Restaurer sous</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Replace %1 with the backup %2?

The current file is backed up first, so this can be undone.</source>
        <translation>Remplacer %1 par la sauvegarde %2 ?

Le fichier actuel est d&apos;abord sauvegardé : l&apos;opération est réversible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ledger was restored from %1.</source>
        <translation>Le dossier a été restauré depuis %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file it replaced was saved as %1.</source>
        <translation>Le fichier remplacé a été conservé sous %1.</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/movement_dialog.py" line="+129"/>
        <source>Money in</source>
        <extracomment>True once the user typed a VAT of their own (until the amount or rate changes). The posted movement, once the dialog was accepted.</extracomment>
        <translation>Encaissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Décaissement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date the bank counts the money from (leave — when it is the same)</source>
        <translation>La date à laquelle la banque prend l&apos;opération en compte (laissez — si c&apos;est la même)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who pays</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is paid</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amount &amp;includes VAT</source>
        <translation>Montant TT&amp;C (TVA incluse)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computed from the rate; type another amount to override it</source>
        <translation>Calculée d&apos;après le taux ; saisissez un autre montant pour la remplacer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value date</source>
        <translation>Date de &amp;valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;ount</source>
        <translation>C&amp;ompte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter&amp;party</source>
        <translation>&amp;Tiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT &amp;rate (%)</source>
        <translation>Tau&amp;x de TVA (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA&amp;T</source>
        <translation>T&amp;VA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Solde net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stamp duty</source>
        <translation>Droit de ti&amp;mbre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Method</source>
        <translation>&amp;Mode de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heque number</source>
        <translation>N° de c&amp;hèque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&amp;nvoice number</source>
        <translation>N° de fact&amp;ure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>N° de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Rate (%1 per 1 %2)</source>
        <translation>Cours (%1 pour 1 %2)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Open a bank account or cash box first.</source>
        <translation>Ouvrez d&apos;abord un compte bancaire ou une caisse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid amount.</source>
        <translation>« %1 » n&apos;est pas un montant valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VAT rate is a number from 0 to 100.</source>
        <translation>Le taux de TVA est un nombre de 0 à 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the amount.</source>
        <translation>Saisissez le montant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VAT is larger than the amount.</source>
        <translation>La TVA dépasse le montant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cheque needs its number.</source>
        <translation>Un chèque doit avoir son numéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the exchange rate (%1 per 1 %2).</source>
        <translation>Saisissez le cours de change (%1 pour 1 %2).</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Cate&amp;gory</source>
        <translation>Caté&amp;gorie</translation>
    </message>
</context>
<context>
    <name>MovementViewDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/movement_view_dialog.py" line="+129"/>
        <source>Number</source>
        <extracomment>For a transfer: the other account&apos;s side (same transfer, not a reversal).</extracomment>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value date</source>
        <translation>Date de valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterparty</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net</source>
        <translation>Solde net</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp duty</source>
        <translation>Droit de timbre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Movement %1</source>
        <translation>Mouvement %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal entry %1 (%2)</source>
        <translation>Écriture %1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Transfer (%1)</source>
        <translation>Virement (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reversed by %1</source>
        <translation>Extourné par %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reversal of %1</source>
        <translation>Extourne de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to %1: %2</source>
        <translation>Envoyé vers %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from %1: %2</source>
        <translation>Reçu de %1 : %2</translation>
    </message>
</context>
<context>
    <name>NewLedgerWizard</name>
    <message>
        <location filename="../ui/shell/new_ledger_wizard.py" line="+10"/>
        <source>New ledger</source>
        <translation>Nouveau dossier comptable</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/payment_dialog.py" line="+100"/>
        <source>Record a payment</source>
        <extracomment>What recording and printing can end with; anything else is a bug and surfaces. The customer&apos;s unapplied credit before this payment. True once the user changed the allocation (a new amount no longer re-proposes). True once the user ticked or unticked &quot;print the receipt&quot; themselves. The payment as recorded, and its receipt&apos;s first print, once accepted.</extracomment>
        <translation>Saisir un règlement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoice numbers named here are settled first</source>
        <translation>Les factures dont le numéro figure ici sont réglées en premier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Propose again</source>
        <translation>&amp;Proposer de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named invoices first, then the oldest due</source>
        <translation>Factures citées d’abord, puis les plus anciennes échéances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep all as credit</source>
        <translation>&amp;Tout laisser en crédit client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocate nothing: the whole payment stays customer credit (a deposit)</source>
        <translation>Ne rien imputer : tout le règlement reste en crédit client (acompte)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print the &amp;receipt</source>
        <translation>Imprimer le &amp;reçu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ustomer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid &amp;into</source>
        <translation>Encaissé &amp;sur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>Mo&amp;de de règlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heque number</source>
        <translation>N° de &amp;chèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eference</source>
        <translation>Ré&amp;férence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allocated to invoices</source>
        <translation>Imputé aux factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left as customer credit</source>
        <translation>Laissé en crédit client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp duty (cash)</source>
        <translation>Droit de timbre (espèces)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open invoices</source>
        <translation>Factures non soldées</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 open invoices, %2 left to pay</source>
        <translation>%1 factures non soldées, %2 restant à payer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credit already held: %1</source>
        <translation>crédit déjà détenu : %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 (the customer hands over %2)</source>
        <translation>%1 (le client remet %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the customer.</source>
        <translation>Choisissez le client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a bank account or cash box first.</source>
        <translation>Créez d’abord un compte bancaire ou une caisse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid amount.</source>
        <translation>« %1 » n’est pas un montant valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the amount received.</source>
        <translation>Saisissez le montant reçu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice %1 has only %2 left to pay.</source>
        <translation>Il ne reste que %2 à payer sur la facture %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The allocations add up to %1, more than the %2 received.</source>
        <translation>Les imputations totalisent %1, plus que les %2 reçus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cheque needs its number.</source>
        <translation>Indiquez le numéro du chèque.</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../ui/tabs/receivables/view.py" line="+16"/>
        <source>Record payment…</source>
        <translation>Saisir un règlement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the selected payment&apos;s receipt (a copy after the first is a duplicate)</source>
        <translation>Imprimer le reçu du règlement sélectionné (toute copie après la première est un duplicata)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview receipt</source>
        <translation>Aperçu du reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel payment…</source>
        <translation>Annuler le règlement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse a payment recorded by mistake; its receipt prints void</source>
        <translation>Contrepasser un règlement saisi par erreur ; son reçu s’imprime « annulé »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>PostedLinesModel</name>
    <message>
        <location filename="../ui/tabs/journal/models.py" line="+280"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../ui/common/printing.py" line="+259"/>
        <source>Save as PDF</source>
        <extracomment>Printers report 600 or 1200 dpi; rendering a page that fine costs hundreds of megabytes for no visible gain, so pages are rendered at most this fine. And never coarser than this (a preview at screen resolution looks blurred when zoomed). The width of the on-screen viewer, in pixels (from the page&apos;s width).</extracomment>
        <translation>Enregistrer en PDF</translation>
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
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Augmenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>&amp;Diminuer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-17"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+12"/>
        <source>Show Details...</source>
        <translation>Montrer les détails…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Masquer les détails…</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Non à to&amp;ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+25"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-28"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go Back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Receivables</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/action_dialog.py" line="-88"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise to pay</source>
        <translation>Promesse de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute (pauses reminders)</source>
        <translation>Litige (suspend les relances)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute settled</source>
        <translation>Litige réglé</translation>
    </message>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/credit_dialogs.py" line="-279"/>
        <location filename="../ui/tabs/receivables/models.py" line="+70"/>
        <source>Payment</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 of %3: %4 available</source>
        <translation>%1 %2 du %3 : %4 disponible</translation>
    </message>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/import_dialog.py" line="-473"/>
        <location filename="../ui/tabs/receivables/models.py" line="+224"/>
        <location line="+703"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-705"/>
        <location line="+52"/>
        <location line="+70"/>
        <location line="+586"/>
        <source>Number</source>
        <translation>Numéro</translation>
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
        <translation>Échéance</translation>
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
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-468"/>
        <source>Net</source>
        <translation>HT</translation>
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
        <translation>Total TTC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/tabs/receivables/models.py" line="-520"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/invoice_view_dialog.py" line="-7"/>
        <location filename="../ui/tabs/receivables/models.py" line="-341"/>
        <source>Reminder letter</source>
        <translation>Lettre de relance</translation>
    </message>
    <message>
        <location filename="../ui/tabs/receivables/dunning.py" line="-223"/>
        <source>Run</source>
        <extracomment>Errors validating or printing can end with; anything else is a bug and surfaces.</extracomment>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of</source>
        <translation>Arrêté au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/tabs/receivables/models.py" line="+1047"/>
        <location line="+132"/>
        <source>Claimed</source>
        <translation>Réclamé</translation>
    </message>
    <message>
        <location filename="../ui/tabs/receivables/models.py" line="-1200"/>
        <source>Unpaid</source>
        <extracomment>Late invoices, amounts over a limit, refusals typed into a grid. Doubtful customers. Cancelled payments, inactive customers. Customer credit (what the company owes back).</extracomment>
        <translation>Non payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapplied</source>
        <translation>Non imputé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly applied</source>
        <translation>Partiellement imputé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>Imputé</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+387"/>
        <location line="+516"/>
        <location line="+278"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="-1185"/>
        <location line="+5"/>
        <location line="+903"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location line="-901"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment cancelled</source>
        <translation>Règlement annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation</source>
        <translation>Imputation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer to doubtful</source>
        <translation>Transfert en douteux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Name</source>
        <extracomment>Width hint in characters. A colour for the cell, or None. The row object under this role (tests, delegates). What is left to pay on its invoices. Unapplied credit: payments on account, overpayments, credit notes not used.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax ID</source>
        <translation>N° fiscal</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+621"/>
        <source>Open invoices</source>
        <extracomment>The row object (an ``AgedRow``, or None for the totals row) under this role.</extracomment>
        <translation>Factures non soldées</translation>
    </message>
    <message>
        <location line="-619"/>
        <location line="+180"/>
        <location line="+440"/>
        <location line="+132"/>
        <location line="+132"/>
        <location line="+129"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="-1010"/>
        <location line="+181"/>
        <location line="+439"/>
        <location line="+262"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="-879"/>
        <source>Credit limit</source>
        <translation>Plafond de crédit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <location line="+52"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Doubtful since %1</source>
        <translation>Douteux depuis le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over credit limit</source>
        <translation>Plafond de crédit dépassé</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+152"/>
        <location line="+554"/>
        <location line="+240"/>
        <source>Open</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="-941"/>
        <location line="+940"/>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location line="-903"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamp duty</source>
        <translation>Droit de timbre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <location line="+37"/>
        <source>Allocated</source>
        <translation>Imputé</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>On account</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Opening balance</source>
        <translation>Solde d’ouverture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>Label</source>
        <extracomment>Emitted after any amount changed (by the user or a proposal). Emitted when the user (not a proposal) changed an amount. What is not allocated yet, for a checkbox ticked on (None: no cap).</extracomment>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT %</source>
        <translation>% TVA</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Line %1: type a label.</source>
        <extracomment>Emitted after any change (totals and problems may have changed). Income accounts that can be posted to: code → name.</extracomment>
        <translation>Ligne %1 : saisissez un libellé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: choose an income account.</source>
        <translation>Ligne %1 : choisissez un compte de produits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: type the net amount.</source>
        <translation>Ligne %1 : saisissez le montant HT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: the VAT rate is a number from 0 to 100.</source>
        <translation>Ligne %1 : le taux de TVA est un nombre de 0 à 100.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Not due</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+129"/>
        <source>Doubtful</source>
        <translation>Douteux</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Bills received</source>
        <translation>Effets reçus</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Payment on account</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bucket</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pre-reminder</source>
        <translation>Pré-relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level 1</source>
        <translation>Niveau 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level 2</source>
        <translation>Niveau 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level 3</source>
        <translation>Niveau 3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer excluded from dunning</source>
        <extracomment>Why an invoice gets no letter (app.receivables.dunning&apos;s reason codes).</extracomment>
        <translation>Client exclu des relances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer never reminded</source>
        <translation>Client jamais relancé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On an excluded account</source>
        <translation>Sur un compte exclu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>En litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered by credit</source>
        <translation>Couverte par un crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not due yet</source>
        <translation>Pas encore échue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the next delay</source>
        <translation>En attente du prochain délai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest level sent</source>
        <translation>Niveau maximal envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-reminder held back</source>
        <translation>Pré-relance retenue</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Échu</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Nothing to send</source>
        <extracomment>Emitted after the user ticked or unticked a customer.</extracomment>
        <translation>Rien à envoyer</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Last letter</source>
        <translation>Dernière lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 on %2</source>
        <extracomment>Emitted after the user changed a line (ticked, unticked, another level).</extracomment>
        <translation>%1 le %2</translation>
    </message>
</context>
<context>
    <name>RecurringItemDialog</name>
    <message>
        <location filename="../ui/tabs/dashboard/dialogs/recurring_dialog.py" line="+60"/>
        <source>Recurring item</source>
        <extracomment>The item as saved, once accepted.</extracomment>
        <translation>Opération récurrente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Shop rent</source>
        <translation>ex. Loyer du magasin</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Any account</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount each month (%1)</source>
        <translation>&amp;Montant mensuel (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day of the &amp;month</source>
        <translation>&amp;Jour du mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccount</source>
        <translation>C&amp;ompte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The item needs a label.</source>
        <translation>L&apos;opération doit avoir un libellé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount of each month.</source>
        <translation>Saisissez le montant de chaque mois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end comes after the start.</source>
        <translation>La fin doit suivre le début.</translation>
    </message>
</context>
<context>
    <name>RecurringItemsDialog</name>
    <message>
        <location line="+45"/>
        <source>Recurring items</source>
        <translation>Opérations récurrentes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Planned amounts, such as rent or salaries, counted in the dashboard&apos;s forecast months. They are a plan: nothing is posted to the books.</source>
        <translation>Montants prévus, comme le loyer ou les salaires, comptés dans les mois de prévision du tableau de bord. Ce sont des prévisions : rien n&apos;est passé en comptabilité.</translation>
    </message>
</context>
<context>
    <name>RecurringModel</name>
    <message>
        <location filename="../ui/tabs/dashboard/models.py" line="+279"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../ui/tabs/receivables/dialogs/credit_dialogs.py" line="+142"/>
        <source>Refund %1</source>
        <extracomment>The refund, once posted.</extracomment>
        <translation>Rembourser %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid &amp;from</source>
        <translation>Décaissé &amp;sur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>Mo&amp;de de règlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heque number</source>
        <translation>N° de &amp;chèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eference</source>
        <translation>Ré&amp;férence</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open a bank account or cash box first.</source>
        <translation>Créez d’abord un compte bancaire ou une caisse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid amount.</source>
        <translation>« %1 » n’est pas un montant valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the amount to refund.</source>
        <translation>Saisissez le montant à rembourser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 of credit is available.</source>
        <translation>Seulement %1 de crédit disponible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cheque needs its number.</source>
        <translation>Indiquez le numéro du chèque.</translation>
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
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label / counterparty</source>
        <translation>Libellé / tiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In</source>
        <translation>Encaissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Décaissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Solde net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp duty</source>
        <translation>Droit de timbre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Reversal</source>
        <translation>Extourne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed</source>
        <translation>Extourné</translation>
    </message>
</context>
<context>
    <name>RenameAccountDialog</name>
    <message>
        <location filename="../ui/tabs/accounts/dialogs/account_dialogs.py" line="+22"/>
        <source>Rename account %1</source>
        <translation>Renommer le compte %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Intitulé</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../ui/tabs/journal/dialogs/reverse_dialog.py" line="+28"/>
        <source>Reverse entry %1</source>
        <translation>Extourner l&apos;écriture %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reversal of %1: %2</source>
        <translation>Extourne de %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reversing entry swaps the debits and credits of %1. Both stay in the books.</source>
        <translation>L&apos;extourne inverse les débits et les crédits de %1. Les deux écritures restent en comptabilité.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reverse</source>
        <translation>Extourner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reversal date</source>
        <translation>Date de l&apos;extourne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
</context>
<context>
    <name>ReverseMovementDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/reverse_dialog.py" line="+34"/>
        <source>Reverse %1</source>
        <extracomment>The reversal movements, once posted.</extracomment>
        <translation>Extourner %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2, %3</source>
        <translation>%1 du %2, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A transfer is reversed on both accounts. The movement and its reversal both stay in the registers.</source>
        <translation>Un virement est extourné sur les deux comptes. Le mouvement et son extourne restent tous deux dans les registres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reversing entry cancels this movement. The movement and its reversal both stay in the register.</source>
        <translation>Une extourne annule ce mouvement. Le mouvement et son extourne restent tous deux dans le registre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why, e.g. recorded twice</source>
        <translation>Pourquoi, ex. saisi deux fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reverse</source>
        <translation>Extourner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reversal &amp;date</source>
        <translation>&amp;Date de l&apos;extourne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say why the movement is reversed.</source>
        <translation>Indiquez pourquoi le mouvement est extourné.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reversal of %1: %2</source>
        <translation>Extourne de %1 : %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/shell/settings_dialog.py" line="+72"/>
        <source>Settings</source>
        <extracomment>Logos larger than this are refused: they go into every document and backup.</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>C&amp;hoose…</source>
        <extracomment>The settings as saved, once the dialog was accepted.</extracomment>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No lock date</source>
        <translation>Aucun verrouillage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Same as the company&apos;s language</source>
        <translation>Langue de la société</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company &amp;name:</source>
        <translation>&amp;Raison sociale :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registration number:</source>
        <translation>N° d&apos;i&amp;mmatriculation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT number:</source>
        <translation>N° de &amp;TVA :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other identifiers:</source>
        <translation>Autres &amp;identifiants :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number and date &amp;format:</source>
        <translation>&amp;Format des nombres et des dates :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language of documents:</source>
        <translation>&amp;Langue des documents :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Books</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base currency:</source>
        <translation>Devise de tenue des comptes :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart of accounts:</source>
        <translation>Plan comptable :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year starts in:</source>
        <translation>Début de l&apos;exercice :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Books &amp;locked up to:</source>
        <translation>Écritures &amp;verrouillées jusqu&apos;au :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing can be posted on or before the lock date.</source>
        <translation>Aucune écriture ne peut être passée à la date de verrouillage ou avant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interface language:</source>
        <translation>Langue de l&apos;i&amp;nterface :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the company logo</source>
        <translation>Choisir le logo de la société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The logo could not be read: %1</source>
        <translation>Le logo n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo is too large (2 MB at most).</source>
        <translation>Le logo est trop lourd (2 Mo au plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Le logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The company needs a name.</source>
        <translation>La société doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a known locale (for example fr_FR, ro_RO, en_US).</source>
        <translation>« %1 » n&apos;est pas un format régional connu (par exemple fr_FR, ro_RO, en_US).</translation>
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
        <translation>Plan comptable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank &amp; cash</source>
        <translation>Banque et caisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other expenses &amp; receipts</source>
        <translation>Dépenses et recettes autres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treasury dashboard</source>
        <translation>Tableau de bord de trésorerie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collections</source>
        <translation>Recouvrement</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../ui/tabs/treasury/view.py" line="+52"/>
        <source>Opening balance</source>
        <extracomment>The warning strip above the register (cash limit exceeded…).</extracomment>
        <translation>Solde d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total in</source>
        <translation>Total des encaissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total out</source>
        <translation>Total des décaissements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>Solde net</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing balance</source>
        <translation>Solde de clôture</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/transfer_dialog.py" line="+55"/>
        <source>Transfer between accounts</source>
        <extracomment>The posted transfer, once the dialog was accepted.</extracomment>
        <translation>Virement entre comptes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Cash deposit</source>
        <translation>ex. Versement d&apos;espèces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;sent</source>
        <translation>Montant e&amp;nvoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;received</source>
        <translation>Montant &amp;reçu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rate (%1 per 1 %2)</source>
        <translation>Cours (%1 pour 1 %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A transfer needs two accounts.</source>
        <translation>Un virement nécessite deux comptes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose two different accounts.</source>
        <translation>Choisissez deux comptes différents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount sent.</source>
        <translation>Saisissez le montant envoyé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount received in %1.</source>
        <translation>Saisissez le montant reçu en %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the exchange rate of %1.</source>
        <translation>Saisissez le cours de change de %1.</translation>
    </message>
</context>
<context>
    <name>Treasury</name>
    <message>
        <location filename="../ui/tabs/treasury/widgets.py" line="+30"/>
        <source>Bank account</source>
        <extracomment>The colour of problems typed into a dialog (as in the other tabs). The colour of a check that passed (&quot;IBAN valid&quot;).</extracomment>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash box</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money in</source>
        <translation>Encaissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Décaissement</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>This month</source>
        <extracomment>Emitted with the new value (or ``None``) whenever the text changes.</extracomment>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Année dernière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
</context>
<context>
    <name>TreasuryAccountDialog</name>
    <message>
        <location filename="../ui/tabs/treasury/dialogs/account_dialog.py" line="+145"/>
        <source>New bank account</source>
        <extracomment>Digits of an Algerian RIB (bank, agency, account, key). The account as saved, once the dialog was accepted.</extracomment>
        <translation>Nouveau compte bancaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cash box</source>
        <translation>Nouvelle caisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. BNP current account</source>
        <translation>ex. Compte courant BNP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Shop till</source>
        <translation>ex. Caisse du magasin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FR76 3000 6000 0112 3456 7890 189</source>
        <translation>FR76 3000 6000 0112 3456 7890 189</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where IBAN does not apply (Algerian RIB: 20 digits)</source>
        <translation>Lorsque l&apos;IBAN ne s&apos;applique pas (RIB algérien : 20 chiffres)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic (a new sub-account)</source>
        <translation>Automatique (un nouveau sous-compte)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No limit</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <translation>Banque</translation>
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
        <translation>Numéro de compte national</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Ledger account</source>
        <translation>Compte comptable</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Opening balance</source>
        <translation>Solde d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening date</source>
        <translation>Date d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeper</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash limit</source>
        <translation>Plafond d&apos;encaisse</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The account needs a name.</source>
        <translation>Le compte doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a known currency code.</source>
        <translation>Choisissez un code de devise connu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The opening balance is not a valid amount.</source>
        <translation>Le solde d&apos;ouverture n&apos;est pas un montant valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cash box cannot start below zero.</source>
        <translation>Une caisse ne peut pas démarrer en négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An opening balance in %1 needs the exchange rate (%2 per 1 %1).</source>
        <translation>Un solde d&apos;ouverture en %1 nécessite le cours de change (%2 pour 1 %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cash limit is not a valid amount.</source>
        <translation>Le plafond d&apos;encaisse n&apos;est pas un montant valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate (%1 per 1 %2)</source>
        <translation>Cours (%1 pour 1 %2)</translation>
    </message>
</context>
<context>
    <name>TreasuryAccountsModel</name>
    <message>
        <location filename="../ui/tabs/treasury/models.py" line="-80"/>
        <source>Account</source>
        <extracomment>Reversed movements and their reversals: still in the books, cancelled out.</extracomment>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank accounts</source>
        <translation>Comptes bancaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash boxes</source>
        <translation>Caisses</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (closed)</source>
        <translation>%1 (clôturé)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keeper: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash limit: %1</source>
        <translation>Plafond d&apos;encaisse : %1</translation>
    </message>
</context>
<context>
    <name>TreasuryTab</name>
    <message>
        <location filename="../ui/tabs/treasury/tab.py" line="+192"/>
        <source>No account selected</source>
        <extracomment>Typing in the search box waits this long for a pause before querying. How long the cash-limit notice stays above the register. The job exporting the register, while it runs.</extracomment>
        <translation>Aucun compte sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a bank account or a cash box to start.</source>
        <translation>Ouvrez un compte bancaire ou une caisse pour commencer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keeper: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Close %1? It will take no more movements; its history stays and it can be reopened.</source>
        <translation>Clôturer %1 ? Il ne recevra plus de mouvements ; son historique est conservé et il pourra être rouvert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It still holds %1.</source>
        <translation>Il contient encore %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close account</source>
        <translation>Clôturer le compte</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 now holds %2, above its limit of %3. Consider depositing cash at the bank.</source>
        <translation>%1 contient maintenant %2, au-delà de son plafond de %3. Pensez à déposer des espèces à la banque.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting the register…</source>
        <translation>Export du registre…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Lines: %1</source>
        <translation>Lignes : %1</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Lines written: %1
File: %2</source>
        <translation>Lignes écrites : %1
Fichier : %2</translation>
    </message>
</context>
<context>
    <name>TreasuryView</name>
    <message>
        <location filename="../ui/tabs/treasury/view.py" line="+46"/>
        <source>New bank account</source>
        <translation>Nouveau compte bancaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cash box</source>
        <translation>Nouvelle caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show closed accounts</source>
        <translation>Afficher les comptes clôturés</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Money in</source>
        <translation>Encaissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record money received (Ctrl+E)</source>
        <translation>Enregistrer un encaissement (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Décaissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a payment (Ctrl+D)</source>
        <translation>Enregistrer un décaissement (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move money between two accounts (Ctrl+T)</source>
        <translation>Transférer de l&apos;argent entre deux comptes (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>Extourner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected movement with a reversing entry</source>
        <translation>Annuler le mouvement sélectionné par une extourne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories…</source>
        <translation>Catégories…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The categories of money in and out: their accounts and VAT rates</source>
        <translation>Les catégories d&apos;encaissements et de décaissements : leurs comptes et taux de TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the register as shown to Excel or CSV</source>
        <translation>Enregistrer le registre affiché au format Excel ou CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search counterparty, label, number, reference</source>
        <translation>Rechercher tiers, libellé, numéro, référence</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The running balance is hidden while searching.</source>
        <translation>Le solde progressif est masqué pendant une recherche.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>VoidVoucherDialog</name>
    <message>
        <location filename="../ui/tabs/vouchers/dialogs/void_dialog.py" line="+36"/>
        <source>Void %1</source>
        <extracomment>The voucher as void, once posted.</extracomment>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 of %3: %4, %5</source>
        <translation>%1 %2 du %3 : %4, %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The movement is reversed and the number stays used. A reprint of the voucher is marked void, with the reason.</source>
        <translation>Le mouvement est extourné et le numéro reste utilisé. Une réimpression du bon porte la mention « annulé », avec le motif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why, e.g. wrong amount</source>
        <translation>Pourquoi, ex. montant erroné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Void</source>
        <translation>Annuler le bon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversal &amp;date</source>
        <translation>&amp;Date de l&apos;extourne</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say why the voucher is void.</source>
        <translation>Indiquez pourquoi le bon est annulé.</translation>
    </message>
</context>
<context>
    <name>VoucherForm</name>
    <message>
        <location filename="../ui/tabs/vouchers/form.py" line="+166"/>
        <source>The language the document is printed in</source>
        <extracomment>The languages a voucher can be written in (the amount in words exists for each). Looks up a person by name (exact, case-insensitive); None for someone new. True once the user typed a VAT of their own (until the amount or rate changes). Problems show once the user tried to post (an empty form is not an error).</extracomment>
        <translation>La langue dans laquelle le document est imprimé</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the money is for</source>
        <translation>Objet du paiement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cheque number</source>
        <translation>N° de chèque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>i&amp;ncludes VAT</source>
        <translation>&amp;TTC (TVA incluse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount typed is VAT included; net and VAT are split from it</source>
        <translation>Le montant saisi est TTC ; le HT et la TVA en sont déduits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computed from the rate; type another amount to override it</source>
        <translation>Calculée d&apos;après le taux ; saisissez un autre montant pour la remplacer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print directl&amp;y</source>
        <translation>Imprimer &amp;directement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the document to the printer without a preview</source>
        <translation>Envoyer le document à l&apos;imprimante sans aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post and print</source>
        <translation>Valider et imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the voucher and print it (Enter)</source>
        <translation>Enregistrer le bon et l&apos;imprimer (Entrée)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;ount</source>
        <translation>C&amp;ompte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Person or company</source>
        <translation>&amp;Personne ou société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID number</source>
        <translation>N° de &amp;pièce d&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addre&amp;ss</source>
        <translation>Adre&amp;sse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;urpose</source>
        <translation>Ob&amp;jet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Mode de paiement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT &amp;rate (%)</source>
        <translation>Tau&amp;x de TVA (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA&amp;T</source>
        <translation>T&amp;VA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net</source>
        <translation>Solde net</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Who pays</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is paid</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rate (%1 per 1 %2)</source>
        <translation>Cours (%1 pour 1 %2)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Open a cash box or bank account first (Bank &amp; cash tab).</source>
        <translation>Ouvrez d&apos;abord une caisse ou un compte bancaire (onglet Banque et caisse).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type who pays or is paid.</source>
        <translation>Indiquez qui paie ou qui est payé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what the money is for.</source>
        <translation>Indiquez l&apos;objet du paiement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid amount.</source>
        <translation>« %1 » n&apos;est pas un montant valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The VAT rate is a number from 0 to 100.</source>
        <translation>Le taux de TVA est un nombre de 0 à 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the amount.</source>
        <translation>Saisissez le montant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VAT is larger than the amount.</source>
        <translation>La TVA dépasse le montant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cheque needs its number.</source>
        <translation>Un chèque doit avoir son numéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the exchange rate (%1 per 1 %2).</source>
        <translation>Saisissez le cours de change (%1 pour 1 %2).</translation>
    </message>
</context>
<context>
    <name>Vouchers</name>
    <message>
        <location filename="../ui/tabs/vouchers/models.py" line="+33"/>
        <source>Receipt</source>
        <extracomment>Void vouchers: still in the books (their number stays used), cancelled out.</extracomment>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment voucher</source>
        <translation>Bon de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge slip</source>
        <translation>Décharge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Number</source>
        <extracomment>Width hint in characters.</extracomment>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person or company</source>
        <translation>Personne ou société</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Void: %1</source>
        <translation>Annulé : %1</translation>
    </message>
</context>
<context>
    <name>VouchersTab</name>
    <message>
        <location filename="../ui/tabs/vouchers/tab.py" line="+246"/>
        <source>The latest %1 vouchers are shown: narrow the filters to see older ones.</source>
        <extracomment>Typing in the person filter waits this long for a pause before querying. The list shows at most this many vouchers (newest first); filters narrow it. Errors a posting or a print can end with; anything else is a bug and surfaces. The job exporting the list, while it runs.</extracomment>
        <translation>Les %1 derniers bons sont affichés : affinez les filtres pour voir les plus anciens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vouchers: %1</source>
        <translation>Bons : %1</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Void</source>
        <translation>Annuler le bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is void. Print the void copy?</source>
        <translation>%1 est annulé. Imprimer l&apos;exemplaire annulé ?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the vouchers</source>
        <translation>Exporter les bons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting the vouchers…</source>
        <translation>Export des bons…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vouchers written: %1
File: %2</source>
        <translation>Bons écrits : %1
Fichier : %2</translation>
    </message>
</context>
<context>
    <name>VouchersView</name>
    <message>
        <location filename="../ui/tabs/vouchers/view.py" line="+59"/>
        <source>New voucher</source>
        <translation>Nouveau bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vouchers</source>
        <translation>Bons</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+83"/>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Print the selected voucher again (the copy is marked duplicate)</source>
        <translation>Réimprimer le bon sélectionné (l&apos;exemplaire porte la mention « duplicata »)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Look at the selected voucher without printing it</source>
        <translation>Voir le bon sélectionné sans l&apos;imprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>Void…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Cancel the selected voucher: its movement is reversed, its number stays used</source>
        <translation>Annuler le bon sélectionné : son mouvement est extourné, son numéro reste utilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the vouchers as filtered to Excel</source>
        <translation>Enregistrer les bons filtrés dans Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document settings…</source>
        <translation>Paramètres des documents…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page format of each kind of document</source>
        <translation>Le format de page de chaque type de document</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person or company</source>
        <translation>Personne ou société</translation>
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
        <translation>Valides et annulés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/shell/welcome_page.py" line="+26"/>
        <source>Welcome to Comptoir</source>
        <translation>Bienvenue dans Comptoir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each company keeps its books in one ledger file. Create a new ledger or open an existing one.</source>
        <translation>Chaque société tient sa comptabilité dans un dossier, enregistré dans un seul fichier. Créez un nouveau dossier ou ouvrez-en un existant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New ledger…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a ledger…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent ledgers</source>
        <translation>Dossiers récents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ledger opened yet.</source>
        <translation>Aucun dossier ouvert pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../ui/common/worker.py" line="+205"/>
        <source>Cancel</source>
        <extracomment>How often the GUI thread looks at a running job (milliseconds).</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
</TS>
