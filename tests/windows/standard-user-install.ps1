<#
.SYNOPSIS
    The per-user MSI installed and removed by a standard user, with no administrator and no elevation: what most
    people will do. Prints one support-table row per step, in acceptance.ps1's format.

.DESCRIPTION
    For the Windows CI job, whose own account is an administrator with UAC off (no split token, so it never sees what
    a standard user sees). This script creates a throwaway local account that is only in Users, runs msiexec as that
    account (Start-Process -Credential -LoadUserProfile), reads what landed in that account's own registry and
    profile, uninstalls, and deletes the account and its profile. Needs an administrator to create the account.
    What it does not show: the menu in Explorer and the tray as that user (no desktop session of theirs).

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File tests\windows\standard-user-install.ps1 -Msi artifacts\AltIdShell-0.1.0.msi -WorkFolder artifacts\standard-user
#>
param(
    [Parameter(Mandatory = $true)] [string] $Msi,
    [Parameter(Mandatory = $true)] [string] $WorkFolder
)

Set-StrictMode -Version 2
$ErrorActionPreference = 'Stop'

$os = Get-CimInstance Win32_OperatingSystem
$WindowsName = "$($os.Caption) $($os.BuildNumber)"
$Rows = New-Object System.Collections.Generic.List[string]

function Add-Row([string] $Surface, [string] $Result, [string] $Detail) {
    $cells = @($Surface, $WindowsName, $Result, $Detail) | ForEach-Object { ([string]$_).Replace('|', '/').Replace("`r", ' ').Replace("`n", ' ') }
    $Rows.Add('| ' + ($cells -join ' | ') + ' |')
}

New-Item -ItemType Directory -Force -Path $WorkFolder | Out-Null
# A folder the new account can read and write: the runner's workspace may not be.
$shared = Join-Path $env:PUBLIC ('altidshell-standard-user-' + [Guid]::NewGuid().ToString('N').Substring(0, 8))
New-Item -ItemType Directory -Force -Path $shared | Out-Null
Copy-Item $Msi (Join-Path $shared 'AltIdShell.msi')

$name = 'altid' + [Guid]::NewGuid().ToString('N').Substring(0, 10)
$bytes = New-Object byte[] 24
[System.Security.Cryptography.RandomNumberGenerator]::Create().GetBytes($bytes)
$secure = ConvertTo-SecureString ([Convert]::ToBase64String($bytes) + 'a1!') -AsPlainText -Force
New-LocalUser -Name $name -Password $secure -AccountNeverExpires -PasswordNeverExpires -Description 'AltIdShell CI, deleted at the end' | Out-Null
Add-LocalGroupMember -Group (Get-LocalGroup -SID 'S-1-5-32-545') -Member $name
$credential = New-Object System.Management.Automation.PSCredential ("$env:COMPUTERNAME\$name", $secure)

function Invoke-AsUser([string] $FilePath, [string[]] $Arguments, [string] $Output) {
    $start = @{ FilePath = $FilePath; ArgumentList = $Arguments; Credential = $credential; LoadUserProfile = $true
        Wait = $true; PassThru = $true; WorkingDirectory = $shared; RedirectStandardOutput = (Join-Path $shared $Output) }
    return (Start-Process @start).ExitCode
}

try {
    $null = Invoke-AsUser 'whoami.exe' @('/groups') 'groups.txt'
    $groups = Get-Content (Join-Path $shared 'groups.txt') -Raw
    if ($groups -match 'S-1-5-32-544') { Add-Row 'standard user: not an administrator' 'FAILED' "$name is in Administrators" }
    else { Add-Row 'standard user: not an administrator' 'passed' "$name is in Users only" }

    $code = Invoke-AsUser 'msiexec.exe' @('/i', "`"$shared\AltIdShell.msi`"", '/qn', '/l*v', "`"$shared\install.log`"") 'msiexec-install.txt'
    if ($code -in 0, 3010) { Add-Row 'per-user MSI installs as a standard user (no elevation)' 'passed' "msiexec ended with $code" }
    else { Add-Row 'per-user MSI installs as a standard user (no elevation)' 'FAILED' "msiexec ended with $code (install.log)" }

    $null = Invoke-AsUser 'reg.exe' @('query', 'HKCU\Software\AltIdShell\Installer', '/v', 'INSTALLFOLDER') 'installfolder.txt'
    $folder = (Get-Content (Join-Path $shared 'installfolder.txt') -Raw) -replace '(?s).*INSTALLFOLDER\s+REG_SZ\s+([^\r\n]+).*', '$1'
    if ($folder -like "*\Users\$name\*") { Add-Row 'installed into the standard user''s own profile' 'passed' $folder.Trim() }
    else { Add-Row 'installed into the standard user''s own profile' 'FAILED' "INSTALLFOLDER: $folder" }

    $code = Invoke-AsUser 'msiexec.exe' @('/x', "`"$shared\AltIdShell.msi`"", '/qn', '/l*v', "`"$shared\uninstall.log`"") 'msiexec-uninstall.txt'
    $left = Invoke-AsUser 'reg.exe' @('query', 'HKCU\Software\Classes\SystemFileAssociations\.p12\shellex\ContextMenuHandlers\AltIdShell') 'left.txt'
    if ($code -eq 0 -and $left -ne 0) { Add-Row 'per-user MSI uninstalls as a standard user' 'passed' 'the .p12 handler is gone from that user''s registry' }
    else { Add-Row 'per-user MSI uninstalls as a standard user' 'FAILED' "msiexec ended with $code; handler key query ended with $left" }
}
catch {
    Add-Row 'standard-user install' 'FAILED' $_.Exception.Message
}
finally {
    Copy-Item (Join-Path $shared '*') $WorkFolder -Exclude 'AltIdShell.msi' -ErrorAction SilentlyContinue
    Get-CimInstance Win32_UserProfile | Where-Object { $_.LocalPath -like "*\$name" } | Remove-CimInstance -ErrorAction SilentlyContinue
    Remove-LocalUser -Name $name -ErrorAction SilentlyContinue
    Remove-Item $shared -Recurse -Force -ErrorAction SilentlyContinue
}

Write-Output ''
Write-Output '| surface | Windows | result | detail |'
Write-Output '|---|---|---|---|'
$Rows | ForEach-Object { Write-Output $_ }
if (@($Rows | Where-Object { $_ -like '*| FAILED |*' }).Count -gt 0) { exit 1 }
