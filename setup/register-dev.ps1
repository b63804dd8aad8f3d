<#
.SYNOPSIS
Registers a development build of AltIdShell for the current user (HKCU, no administrator); -Unregister removes it.

.DESCRIPTION
Builds the solution, copies the handler DLL, the tray and the icons into a new folder under artifacts\dev (Explorer
keeps a loaded handler DLL open, so every registration gets a folder of its own), and imports the registry entries the
installer writes, generated from AltIdShell.Desktop's registration definition by setup\AltIdShell.Setup.Generator, except
"start with Windows". Then it tells Explorer that file associations changed.

A rebuilt handler is only loaded by a new Explorer process: run this script again, then restart Explorer
(Task Manager > Windows Explorer > Restart) or sign out and in.

.EXAMPLE
powershell -ExecutionPolicy Bypass -File setup\register-dev.ps1
.EXAMPLE
powershell -ExecutionPolicy Bypass -File setup\register-dev.ps1 -Unregister
#>
param(
    [switch] $Unregister,
    [ValidateSet('Debug', 'Release')] [string] $Configuration = 'Debug'
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$repo = Split-Path -Parent $PSScriptRoot
$generator = Join-Path $repo 'setup\AltIdShell.Setup.Generator\AltIdShell.Setup.Generator.csproj'

function Invoke-Checked([string] $File, [string[]] $Arguments) {
    # Out-Host: a tool's output must not become part of a function's return value.
    & $File @Arguments | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "$File $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

function Write-RegFiles([string] $InstallFolder, [string] $OutputFolder) {
    $register = Join-Path $OutputFolder 'register.reg'
    $unregister = Join-Path $OutputFolder 'unregister.reg'
    Invoke-Checked 'dotnet' @('run', '--project', $generator, '-c', $Configuration, '--', 'reg', 'PerUser', $InstallFolder, $register, $unregister)
    return @{ Register = $register; Unregister = $unregister }
}

if ($Unregister) {
    $work = Join-Path ([IO.Path]::GetTempPath()) ('altidshell-' + [guid]::NewGuid())
    New-Item -ItemType Directory -Path $work | Out-Null
    try {
        $files = Write-RegFiles $work $work
        # 64-bit view: where 64-bit Explorer looks, also when this runs in a 32-bit PowerShell.
        Invoke-Checked 'reg.exe' @('import', $files.Unregister, '/reg:64')
    }
    finally {
        Remove-Item -LiteralPath $work -Recurse -Force
    }
    Write-Host 'AltIdShell development registration removed. Old folders under artifacts\dev can be deleted once Explorer has restarted.'
}
else {
    Invoke-Checked 'dotnet' @('build', (Join-Path $repo 'AltIdShell.sln'), '-c', $Configuration, '--nologo', '-v', 'quiet')
    $folder = Join-Path $repo ('artifacts\dev\' + (Get-Date -Format 'yyyyMMdd-HHmmss'))
    New-Item -ItemType Directory -Path $folder | Out-Null
    # The handler starts AltIdShell.Tray.exe from its own folder, so both go into one folder, as the installer puts them.
    Copy-Item -Path (Join-Path $repo "src\AltIdShell.Tray\bin\$Configuration\net48\*") -Destination $folder -Recurse
    Copy-Item -Path (Join-Path $repo "src\AltIdShell.ContextMenu\bin\$Configuration\net48\AltIdShell.ContextMenu.dll") -Destination $folder
    Copy-Item -Path (Join-Path $repo 'setup\assets\*') -Destination $folder
    $files = Write-RegFiles $folder $folder
    Invoke-Checked 'reg.exe' @('import', $files.Register, '/reg:64')
    Write-Host "AltIdShell registered for $env:USERNAME from $folder"
}

# SHCNE_ASSOCCHANGED: Explorer rereads the handlers registered for .p12/.pfx and .cer/.crt/.p7b.
Add-Type -Namespace AltIdShellDev -Name Shell -MemberDefinition @'
[System.Runtime.InteropServices.DllImport("shell32.dll")]
public static extern void SHChangeNotify(int eventId, uint flags, System.IntPtr item1, System.IntPtr item2);
'@
[AltIdShellDev.Shell]::SHChangeNotify(0x08000000, 0, [IntPtr]::Zero, [IntPtr]::Zero)
