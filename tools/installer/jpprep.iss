; Inno Setup script: a per-machine installer for lab PCs (Windows).
; Build the one-folder program first (in a Windows venv):
;     .venv\Scripts\python tools\build_bundle.py --smoke
; then compile this file with Inno Setup 6 (ISCC.exe tools\installer\jpprep.iss).
; The result, dist\installer\jpprep-setup-<version>.exe, installs into an ASCII path
; (C:\Program Files\jpprep) for all users; silent install for many PCs:
;     jpprep-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; A lab configuration is copied to %PROGRAMDATA%\jpprep\lab.toml when given on the command line:
;     jpprep-setup-0.1.0.exe /VERYSILENT /LABCONFIG=\\server\share\lab.toml

#define AppName "jpprep"
#define AppVersion "0.1.0"
#define SourceDir "..\..\dist\jpprep"

[Setup]
AppId={{6C0B2A4E-6B1D-4C5E-9A7E-2B7D3C1A9F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=jpprep
DefaultDirName={autopf}\jpprep
DefaultGroupName=jpprep
; per machine: every student account on the PC gets the program
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=jpprep-setup-{#AppVersion}
; the dictionary compresses well (about 440 MB installed, ~120 MB installer)
Compression=lzma2/ultra64
SolidCompression=yes
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\jpprep.exe
; file associations below: Explorer refreshes its icons after install and uninstall
ChangesAssociations=yes

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
Name: "{commonappdata}\jpprep"; Permissions: users-readexec

[Icons]
Name: "{commonprograms}\jpprep"; Filename: "{app}\jpprep.exe"
Name: "{commondesktop}\jpprep"; Filename: "{app}\jpprep.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop icon"; Flags: unchecked

[Registry]
; double-click a .jpdeck, or "Open with > jpprep" on an Anki package: jpprep starts and shows its
; import dialog for the file (`jpprep.exe FILE`). .apkg/.colpkg only gain "Open with" (Anki, if
; installed, stays their default program); .jpdeck opens with jpprep.
Root: HKA; Subkey: "Software\Classes\jpprep.deck"; ValueType: string; ValueName: ""; ValueData: "jpprep deck"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\jpprep.deck\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\jpprep.exe,0"
Root: HKA; Subkey: "Software\Classes\jpprep.deck\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\jpprep.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.jpdeck"; ValueType: string; ValueName: ""; ValueData: "jpprep.deck"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jpdeck\OpenWithProgids"; ValueType: string; ValueName: "jpprep.deck"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.apkg\OpenWithProgids"; ValueType: string; ValueName: "jpprep.deck"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.colpkg\OpenWithProgids"; ValueType: string; ValueName: "jpprep.deck"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\jpprep.exe"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\jpprep.exe\SupportedTypes"; ValueType: string; ValueName: ".jpdeck"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\jpprep.exe\SupportedTypes"; ValueType: string; ValueName: ".apkg"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\jpprep.exe\SupportedTypes"; ValueType: string; ValueName: ".colpkg"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\jpprep.exe\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\jpprep.exe\SupportedTypes"; ValueType: string; ValueName: ".tsv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\jpprep.exe\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""

[Run]
; proves the installed program works on this PC (exit code 0); no window is shown
Filename: "{app}\jpprep.exe"; Parameters: "selftest"; Flags: runhidden waituntilterminated; StatusMsg: "Checking jpprep…"

[Code]
procedure CurStepChanged(CurStep: TSetupStep);
var
  Source: String;
begin
  if CurStep = ssPostInstall then
  begin
    Source := ExpandConstant('{param:LABCONFIG|}');
    if Source <> '' then
      FileCopy(Source, ExpandConstant('{commonappdata}\jpprep\lab.toml'), False);
  end;
end;
