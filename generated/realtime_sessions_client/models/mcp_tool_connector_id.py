from enum import Enum


class MCPToolConnectorId(str, Enum):
    CONNECTOR_DROPBOX = "connector_dropbox"
    CONNECTOR_GMAIL = "connector_gmail"
    CONNECTOR_GOOGLECALENDAR = "connector_googlecalendar"
    CONNECTOR_GOOGLEDRIVE = "connector_googledrive"
    CONNECTOR_MICROSOFTTEAMS = "connector_microsoftteams"
    CONNECTOR_OUTLOOKCALENDAR = "connector_outlookcalendar"
    CONNECTOR_OUTLOOKEMAIL = "connector_outlookemail"
    CONNECTOR_SHAREPOINT = "connector_sharepoint"

    def __str__(self) -> str:
        return str(self.value)
