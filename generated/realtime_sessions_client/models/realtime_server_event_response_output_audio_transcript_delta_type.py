from enum import Enum


class RealtimeServerEventResponseOutputAudioTranscriptDeltaType(str, Enum):
    RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DELTA = "response.output_audio_transcript.delta"

    def __str__(self) -> str:
        return str(self.value)
