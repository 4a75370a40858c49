from enum import Enum


class RealtimeServerEventResponseOutputAudioTranscriptDoneType(str, Enum):
    RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DONE = "response.output_audio_transcript.done"

    def __str__(self) -> str:
        return str(self.value)
