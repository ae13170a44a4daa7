; Inno Setup script: one Windows installer from the PyInstaller folder dist\Comptoir.
; Build: iscc installer\comptoir.iss (after pyinstaller installer\comptoir.spec)
#define AppVersion "0.1.0"

[Setup]
AppId={{6E0F8C1E-3C1B-4C55-9E7E-5C0D1C0A7A10}
AppName=Comptoir
AppVersion={#AppVersion}
AppPublisher=Comptoir
DefaultDirName={autopf}\Comptoir
DefaultGroupName=Comptoir
OutputBaseFilename=Comptoir-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\Comptoir\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Comptoir"; Filename: "{app}\Comptoir.exe"
Name: "{autodesktop}\Comptoir"; Filename: "{app}\Comptoir.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"

[Registry]
; Double-clicking a .comptoir ledger opens it in Comptoir.
Root: HKA; Subkey: "Software\Classes\.comptoir"; ValueType: string; ValueData: "Comptoir.Ledger"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Comptoir.Ledger\shell\open\command"; ValueType: string; ValueData: """{app}\Comptoir.exe"" ""%1"""; Flags: uninsdeletekey

[Run]
Filename: "{app}\Comptoir.exe"; Description: "{cm:LaunchProgram,Comptoir}"; Flags: nowait postinstall skipifsilent
