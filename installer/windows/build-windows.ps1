# Builds the Depder MSI on a Windows machine.
# Needs: JDK 17 (with jmods) on PATH, Maven 3.8.7+, and the WiX Toolset 3.x (candle.exe, light.exe
# on PATH; jpackage on JDK 17 supports WiX 3 only).
# Run from the repository root:  powershell -ExecutionPolicy Bypass -File installer\windows\build-windows.ps1
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

Remove-Item -Recurse -Force target\lib -ErrorAction SilentlyContinue
mvn -B -q -DskipTests package
if ($LASTEXITCODE -ne 0) { throw 'Maven build failed' }

$version = ((java -jar target\depder.jar --version | Select-Object -First 1) -split ' ')[1]
$version = ($version -split '-')[0]
Write-Host "Building Depder $version"

Remove-Item -Recurse -Force target\jpackage-input, target\runtime, target\dist -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force target\jpackage-input\lib, target\dist | Out-Null
Copy-Item target\depder.jar target\jpackage-input\
# the Windows build of Maven copies the -win JavaFX jars into target\lib
Copy-Item target\lib\*.jar target\jpackage-input\lib\
# the server's libraries stay out of the desktop package, as on Linux
Get-Content installer\linux\desktop-excludes.txt | Where-Object { $_ -and -not $_.StartsWith('#') } |
  ForEach-Object { Remove-Item "target\jpackage-input\lib\$($_)*.jar" -ErrorAction SilentlyContinue }

jlink '@installer/common/jlink.args' --output target\runtime
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

jpackage '@installer/common/jpackage.args' '@installer/windows/jpackage-windows.args' `
  --app-version $version --input target\jpackage-input --runtime-image target\runtime --dest target\dist
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem target\dist\*.msi
