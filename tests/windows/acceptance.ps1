<#
.SYNOPSIS
    The first run of AltIdShell on Windows, in one command: install, the menu item in Explorer, the password dialog,
    the .cer, the notification, upgrade, autostart, uninstall. Prints one support-table row per surface.

.DESCRIPTION
    Windows PowerShell 5.1 on Windows 10 or 11, as the user who will use AltIdShell (not elevated: the per-user MSI
    needs no administrator). Build the MSIs first (README: "bash setup/build-msi.sh"), twice with rising versions to
    check the upgrade. It installs into your own profile and uninstalls at the end; the recent-exports list stays.

    Not yet run on Windows. Its platform-neutral functions are tested on Linux through PowerShell's own parser and
    runspace (tests/AltIdShell.Setup.Tests/AcceptanceScriptTests.cs).

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File tests\windows\acceptance.ps1 -Msi artifacts\AltIdShell-0.1.0.msi -UpgradeMsi artifacts\AltIdShell-0.1.1.msi
#>
param(
    [Parameter(Mandatory = $true)] [string] $Msi,
    [string] $UpgradeMsi,
    [string] $WorkFolder = (Join-Path $env:TEMP ('altidshell-acceptance-' + [DateTime]::Now.ToString('yyyyMMdd-HHmmss')))
)

Set-StrictMode -Version 2
$ErrorActionPreference = 'Stop'

# Must match src/Shared/ProductIdentity.cs and src/AltIdShell.Desktop/Registration/ProductRegistration.cs (a test checks).
$Clsid = '{6A0F3C1E-5B7D-4C8A-9E21-3D4B5A6C7E8F}'
$AppUserModelId = 'AltIdShell.Tray'
$ClassesKey = 'HKCU:\Software\Classes'
$MenuLabels = @('Eksportér offentlig nøgle til AltID', 'Export public key for AltID')
$PasswordTitles = @('Adgangskode til certifikat', 'Certificate password')

# --- platform-neutral: tested on Linux, in a runspace without the Windows cmdlets (so ::new, not New-Object) -------

function New-TestPkcs12([string] $Path, [string] $Password, [string] $Organisation, [string] $Cvr) {
    # An OCES3-shaped system certificate, self-issued: the tray exports it with warnings (not OCES), which is enough
    # for the file's journey through Explorer, the dialog and the notification. Returns the certificate's DER bytes.
    $rsa = [System.Security.Cryptography.RSA]::Create(2048)
    try {
        $subject = [System.Security.Cryptography.X509Certificates.X500DistinguishedName]::new(
            "CN=$Organisation systemcertifikat, O=$Organisation, OID.2.5.4.97=NTRDK-$Cvr, C=DK")
        $request = [System.Security.Cryptography.X509Certificates.CertificateRequest]::new(
            $subject, $rsa, [System.Security.Cryptography.HashAlgorithmName]::SHA256, [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
        $now = [DateTimeOffset]::UtcNow
        $certificate = $request.CreateSelfSigned($now.AddDays(-1), $now.AddYears(1))
        $pfx = $certificate.Export([System.Security.Cryptography.X509Certificates.X509ContentType]::Pkcs12, $Password)
        [System.IO.File]::WriteAllBytes($Path, $pfx)
        return , $certificate.RawData
    }
    finally {
        $rsa.Dispose()
    }
}

function Test-SameBytes([byte[]] $Expected, [byte[]] $Actual) {
    if ($null -eq $Expected -or $null -eq $Actual -or $Expected.Length -ne $Actual.Length) { return $false }
    for ($i = 0; $i -lt $Expected.Length; $i++) {
        if ($Expected[$i] -ne $Actual[$i]) { return $false }
    }
    return $true
}

function Test-MenuLabel([string] $VerbName) {
    # FolderItemVerb.Name keeps the menu's access-key ampersand ("&Open"); a literal "&&" is one ampersand.
    $placeholder = [string][char]0
    $plain = $VerbName.Replace('&&', $placeholder).Replace('&', '').Replace($placeholder, '&')
    return $MenuLabels -contains $plain
}

function ConvertTo-SendKeysText([string] $Text) {
    # SendKeys gives + ^ % ~ ( ) [ ] { } meanings of their own: each is sent literally inside braces.
    $escaped = [System.Text.StringBuilder]::new()
    foreach ($c in $Text.ToCharArray()) {
        if ('+^%~()[]{}'.IndexOf($c) -ge 0) { [void]$escaped.Append('{').Append($c).Append('}') }
        else { [void]$escaped.Append($c) }
    }
    return $escaped.ToString()
}

function Get-ToastLines([string] $ToastXml) {
    # The visible lines of a toast (its <text> elements), in order, as the notification centre shows them.
    $document = [System.Xml.XmlDocument]::new()
    $document.LoadXml($ToastXml)
    return @($document.SelectNodes('//binding//text') | ForEach-Object { $_.InnerText })
}

function Format-SupportRow([string] $Surface, [string] $Windows, [string] $Result, [string] $Detail) {
    # One row of the README's support table; a pipe in a detail would split the row.
    $cells = @($Surface, $Windows, $Result, $Detail) | ForEach-Object { ([string]$_).Replace('|', '/').Replace("`r", ' ').Replace("`n", ' ') }
    return '| ' + ($cells -join ' | ') + ' |'
}

# --- Windows only --------------------------------------------------------------------------------------------------

$Results = New-Object System.Collections.Generic.List[string]
$WindowsName = ''

function Invoke-Check([string] $Surface, [scriptblock] $Check) {
    try {
        $detail = & $Check
        $Results.Add((Format-SupportRow $Surface $WindowsName 'passed' ([string]$detail)))
        Write-Host "ok: $Surface"
    }
    catch {
        $Results.Add((Format-SupportRow $Surface $WindowsName 'FAILED' $_.Exception.Message))
        Write-Host "FAILED: $Surface - $($_.Exception.Message)"
    }
}

function Invoke-Msiexec([string[]] $Arguments) {
    $process = Start-Process msiexec.exe -ArgumentList $Arguments -Wait -PassThru
    if ($process.ExitCode -notin 0, 3010) { throw "msiexec $($Arguments -join ' ') ended with $($process.ExitCode)" }
}

function Get-InstallFolder {
    $codeBase = (Get-ItemProperty "$ClassesKey\CLSID\$Clsid\InprocServer32").CodeBase
    $dll = ([Uri]$codeBase).LocalPath
    if (-not (Test-Path $dll)) { throw "CodeBase $codeBase names no file" }
    return Split-Path $dll
}

function Wait-For([scriptblock] $Condition, [int] $Seconds, [string] $What) {
    $deadline = [DateTime]::UtcNow.AddSeconds($Seconds)
    while ([DateTime]::UtcNow -lt $deadline) {
        $value = & $Condition
        if ($value) { return $value }
        Start-Sleep -Milliseconds 250
    }
    throw "gave up waiting for $What after $Seconds s"
}

function Find-PasswordDialog {
    $root = [System.Windows.Automation.AutomationElement]::RootElement
    foreach ($title in $PasswordTitles) {
        $condition = New-Object System.Windows.Automation.PropertyCondition([System.Windows.Automation.AutomationElement]::NameProperty, $title)
        $window = $root.FindFirst([System.Windows.Automation.TreeScope]::Children, $condition)
        if ($window) { return $window }
    }
    return $null
}

function Invoke-Acceptance {
    $script:WindowsName = (Get-CimInstance Win32_OperatingSystem).Caption + ' ' + [Environment]::OSVersion.Version
    New-Item -ItemType Directory -Force -Path $WorkFolder | Out-Null
    Add-Type -AssemblyName UIAutomationClient, UIAutomationTypes, System.Windows.Forms
    $password = 'Prøve+Test(42)'
    $p12 = Join-Path $WorkFolder 'Testfirma systemcertifikat.p12'
    $cer = [IO.Path]::ChangeExtension($p12, '.cer')

    Invoke-Check 'per-user MSI installs' {
        Invoke-Msiexec @('/i', "`"$((Resolve-Path $Msi).Path)`"", '/qn', '/l*v', "`"$WorkFolder\install.log`"")
        "installed into $(Get-InstallFolder)"
    }
    Invoke-Check 'registration (HKCU, 64-bit view)' {
        foreach ($extension in '.p12', '.pfx') {
            $handler = (Get-ItemProperty "$ClassesKey\SystemFileAssociations\$extension\shellex\ContextMenuHandlers\AltIdShell").'(default)'
            if ($handler -ne $Clsid) { throw "$extension handler is '$handler'" }
        }
        $command = (Get-ItemProperty "$ClassesKey\altidshell\shell\open\command").'(default)'
        if ($command -notlike "*$(Get-InstallFolder)*AltIdShell.Tray.exe*") { throw "altidshell: opens '$command'" }
        'CLSID, both extensions, altidshell: protocol'
    }
    $expected = New-TestPkcs12 $p12 $password 'Testfirma ApS' '12345678'
    Invoke-Check 'Explorer menu item (classic handler, FolderItem.Verbs)' {
        $shell = New-Object -ComObject Shell.Application
        $item = $shell.NameSpace($WorkFolder).ParseName((Split-Path $p12 -Leaf))
        $verb = @($item.Verbs()) | Where-Object { Test-MenuLabel $_.Name } | Select-Object -First 1
        if (-not $verb) { throw 'no AltIdShell item among: ' + ((@($item.Verbs()) | ForEach-Object { $_.Name }) -join ', ') }
        $verb.DoIt()
        "found '$($verb.Name)' and invoked it"
    }
    Invoke-Check 'password dialog (UI Automation)' {
        $dialog = Wait-For { Find-PasswordDialog } 30 'the password dialog'
        $editCondition = New-Object System.Windows.Automation.PropertyCondition(
            [System.Windows.Automation.AutomationElement]::ControlTypeProperty, [System.Windows.Automation.ControlType]::Edit)
        $edit = $dialog.FindFirst([System.Windows.Automation.TreeScope]::Descendants, $editCondition)
        $edit.SetFocus()
        [System.Windows.Forms.SendKeys]::SendWait((ConvertTo-SendKeysText $password) + '{ENTER}')
        "'$($dialog.Current.Name)' answered"
    }
    Invoke-Check '.cer next to the .p12' {
        Wait-For { Test-Path $cer } 30 $cer | Out-Null
        if (-not (Test-SameBytes $expected ([IO.File]::ReadAllBytes($cer)))) { throw 'the .cer is not the certificate in the .p12' }
        "$((Get-Item $cer).Length) bytes, the certificate's DER"
    }
    Invoke-Check 'notification (toast history)' {
        [void][Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime]
        $toasts = Wait-For { @([Windows.UI.Notifications.ToastNotificationManager]::History.GetHistory($AppUserModelId)) } 15 'a toast in the history'
        $lines = Get-ToastLines $toasts[-1].Content.GetXml()
        if (-not ($lines -match 'Testfirma')) { throw 'the toast says: ' + ($lines -join ' / ') }
        $lines -join ' / '
    }
    if ($UpgradeMsi) {
        Invoke-Check 'upgrade to a newer build' {
            $before = Get-InstallFolder
            Invoke-Msiexec @('/i', "`"$((Resolve-Path $UpgradeMsi).Path)`"", '/qn', '/l*v', "`"$WorkFolder\upgrade.log`"")
            $after = Get-InstallFolder
            if ($after -eq $before) { throw "still registered in $before" }
            $stale = @(Get-Process AltIdShell.Tray -ErrorAction SilentlyContinue | Where-Object { $_.Path -like "$before*" })
            if ($stale.Count -gt 0) { throw "the old tray still runs from $before" }
            "from $before to $after"
        }
    }
    Invoke-Check 'Start with Windows (HKCU Run, as the tray writes it)' {
        $run = Get-ItemProperty 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -ErrorAction SilentlyContinue
        $value = if ($run) { $run.PSObject.Properties['AltIdShell'] } else { $null }
        # The menu item cannot be reached by UI Automation reliably (the notification area's overflow): toggle it by
        # hand once and run this script again to see the value follow.
        if ($value) { "on: $($value.Value)" } else { 'off' }
    }
    Invoke-Check 'uninstall' {
        $last = if ($UpgradeMsi) { $UpgradeMsi } else { $Msi }
        Invoke-Msiexec @('/x', "`"$((Resolve-Path $last).Path)`"", '/qn', '/l*v', "`"$WorkFolder\uninstall.log`"")
        if (Test-Path "$ClassesKey\CLSID\$Clsid") { throw 'the CLSID is still registered' }
        if (Test-Path "$ClassesKey\SystemFileAssociations\.p12\shellex\ContextMenuHandlers\AltIdShell") { throw 'the .p12 handler is still registered' }
        'registry clean; the recent-exports list stays in %LOCALAPPDATA%\AltIdShell'
    }

    Write-Host ''
    Write-Host '| surface | Windows | result | detail |'
    Write-Host '|---|---|---|---|'
    $Results | ForEach-Object { Write-Host $_ }
    if (@($Results | Where-Object { $_ -like '*| FAILED |*' }).Count -gt 0) { exit 1 }
}

Invoke-Acceptance
