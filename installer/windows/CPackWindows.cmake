# Windows installer: NSIS by default (cpack -G NSIS); WiX works too (cpack -G WIX).
# Both register InspectDesk under "Open with" for PDF files without taking over .pdf as the
# default handler. The .ico is rendered from the SVG at build time (installer/CMakeLists.txt).
# Written on Linux and checked only by configuring; build it on Windows before relying on it.
set(CPACK_GENERATOR NSIS)
set(INSPECTDESK_ICO "${CMAKE_BINARY_DIR}/installer/icons/inspectdesk.ico")
file(TO_NATIVE_PATH "${INSPECTDESK_ICO}" INSPECTDESK_ICO_NATIVE)

# NSIS
set(CPACK_NSIS_PACKAGE_NAME "InspectDesk")
set(CPACK_NSIS_DISPLAY_NAME "InspectDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${INSPECTDESK_ICO_NATIVE}")
set(CPACK_NSIS_MUI_UNIICON "${INSPECTDESK_ICO_NATIVE}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\inspectdesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN inspectdesk.exe)
set(CPACK_CREATE_DESKTOP_LINKS inspectdesk)
# "Open with InspectDesk" for PDFs; report files arrive as arguments (app/main.cpp shows them, or imports them after asking).
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKLM 'Software\Classes\Applications\inspectdesk.exe' 'FriendlyAppName' 'InspectDesk'
  WriteRegStr HKLM 'Software\Classes\Applications\inspectdesk.exe\SupportedTypes' '.pdf' ''
  WriteRegStr HKLM 'Software\Classes\Applications\inspectdesk.exe\shell\open\command' '' '"$INSTDIR\bin\inspectdesk.exe" "%1"'
  WriteRegStr HKLM 'Software\Classes\InspectDesk.Report' '' 'Ofsted inspection report'
  WriteRegStr HKLM 'Software\Classes\InspectDesk.Report\DefaultIcon' '' '"$INSTDIR\bin\inspectdesk.exe",0'
  WriteRegStr HKLM 'Software\Classes\InspectDesk.Report\shell\open\command' '' '"$INSTDIR\bin\inspectdesk.exe" "%1"'
  WriteRegStr HKLM 'Software\Classes\.pdf\OpenWithProgids' 'InspectDesk.Report' ''
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegValue HKLM 'Software\Classes\.pdf\OpenWithProgids' 'InspectDesk.Report'
  DeleteRegKey HKLM 'Software\Classes\InspectDesk.Report'
  DeleteRegKey HKLM 'Software\Classes\Applications\inspectdesk.exe'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

# WiX (MSI): a fixed upgrade code so a new version replaces the old one.
set(CPACK_WIX_UPGRADE_GUID "B4C92C0B-04B7-4CCA-A711-7FF365F1469F")
set(CPACK_WIX_PRODUCT_ICON "${INSPECTDESK_ICO}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "InspectDesk")
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/wix-open-with.xml")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
