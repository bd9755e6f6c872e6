; Inno Setup 6 script: a per-user SMM Desk installer that needs no administrator rights.
;
; Build the bundle first (pyinstaller packaging/smmdesk.spec), then, from the repository root:
;
;   iscc packaging\windows\smmdesk.iss
;
; Writes dist\SMMDesk-<version>-setup.exe. The version is read from the bundle's smmdesk.exe
; (the spec writes it there from pyproject.toml); pass /DAppVersion=1.2.3 to override.
;
; What the user gets: SMM Desk in %LOCALAPPDATA%\Programs\SMM Desk (or Program Files when an
; administrator chooses "install for all users"), a Start-menu entry, an optional desktop
; shortcut, and an uninstaller in "Apps & features" that keeps the user's posts, media and
; backups unless they say otherwise (silent uninstall: add /DELETEUSERDATA=1 to remove them).

#ifndef BundleDir
  #define BundleDir "..\..\dist\smmdesk"
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + BundleDir + "\smmdesk.exe", "ProductVersion")
#endif
#if AppVersion == ""
  #error Could not read the version from smmdesk.exe: build the bundle first or pass /DAppVersion=
#endif

#define AppName "SMM Desk"
#define AppExe "smmdesk.exe"
#define AppPublisher "SMM Desk"
; The data folder smmdesk_gui/paths.py uses on Windows: platformdirs' roaming user data dir,
; %APPDATA%\<author>\<app>.
#define UserDataDir "{userappdata}\SMM Desk\SMM Desk"

[Setup]
; AppId identifies the app across versions (upgrades, uninstall): never change it.
AppId={{6B1F3C52-8E0A-4C1D-9F27-3A5D7E9B2C41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL=https://smmdesk.app
AppSupportURL=https://smmdesk.app/help
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
VersionInfoCompany={#AppPublisher}
; Per-user install without administrator rights; an administrator may still choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=SMMDesk-{#AppVersion}-setup
SetupIconFile=..\..\smmdesk_gui\resources\icons\smmdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Close a running SMM Desk before replacing its files, and restart it afterwards.
CloseApplications=yes
RestartApplications=yes
ChangesAssociations=no
ChangesEnvironment=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
; Arabic became an official translation only in recent Inno Setup 6 releases.
#define HaveArabic FileExists(CompilerPath + "Languages\Arabic.isl")
#if HaveArabic
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
#endif

[CustomMessages]
english.DeleteUserData=Do you also want to delete your SMM Desk data (posts, plans, media, statistics and backups) in%n%1?%n%nChoose No to keep it for a later installation.
dutch.DeleteUserData=Wilt u ook uw SMM Desk-gegevens (berichten, planning, media, statistieken en back-ups) in%n%1 verwijderen?%n%nKies Nee om ze te bewaren voor een latere installatie.
russian.DeleteUserData=Удалить также ваши данные SMM Desk (посты, планы, медиафайлы, статистику и резервные копии) в%n%1?%n%nВыберите «Нет», чтобы сохранить их для следующей установки.
#if HaveArabic
arabic.DeleteUserData=هل تريد أيضًا حذف بيانات SMM Desk (المنشورات والخطط والوسائط والإحصاءات والنسخ الاحتياطية) في%n%1؟%n%nاختر "لا" للاحتفاظ بها لتثبيت لاحق.
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder bundle: smmdesk.exe (the app), smmdesk-cli.exe, _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the install folder (the app never writes there; this catches anything left behind).
Type: filesandordirs; Name: "{app}"

[Code]
function UserDataPath(): String;
begin
  Result := ExpandConstant('{#UserDataDir}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
  Delete: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DataDir := UserDataPath();
  if not DirExists(DataDir) then
    exit;
  if UninstallSilent() then
    Delete := ExpandConstant('{param:DELETEUSERDATA|0}') = '1'
  else
    Delete := MsgBox(FmtMessage(CustomMessage('DeleteUserData'), [DataDir]),
                     mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Delete then
    DelTree(DataDir, True, True, True);
end;
